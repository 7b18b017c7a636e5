import '@mantine/core/styles.css';
import { Button, MantineProvider, Paper, PasswordInput, SimpleGrid, Switch, Tabs, TextInput } from '@mantine/core';
import { createRoot } from 'react-dom/client';

/**
 * The floor under "form ready" for our stack: React and Mantine showing the first tab's
 * fields with their values, and nothing else: no router, no queries, no form library, no
 * schemas, no request. `npm run bench` measures it beside the console (docs/performance.md).
 */
const fields = [
  { label: 'Account', value: '1000000001' },
  { label: 'Pin', value: '482913' },
  { label: 'Email', value: 'ops@example.com' },
  { label: 'Account Valid Days', value: '3,650' },
  { label: 'Status', value: 'Active' },
];

function Floor() {
  return (
    <MantineProvider>
      <Tabs defaultValue="panel-access" variant="outline" p="md">
        <Tabs.List aria-label="Sections">
          <Tabs.Tab value="panel-access">Panel Access</Tabs.Tab>
          <Tabs.Tab value="account-settings">Account Settings</Tabs.Tab>
          <Tabs.Tab value="profile">Profile</Tabs.Tab>
          <Tabs.Tab value="billing-settings">Billing Settings</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="panel-access">
          <Paper withBorder p="lg">
            <SimpleGrid cols={2} spacing="lg">
              <PasswordInput label="Password" defaultValue="Secr3t-pass" />
              {fields.map((f) => (
                <TextInput key={f.label} label={f.label} description="As the operator sees it" defaultValue={f.value} />
              ))}
              <Switch label="Allow Recording" defaultChecked />
              <Switch label="Allow IP Management" />
            </SimpleGrid>
            <Button mt="xl">Save</Button>
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
