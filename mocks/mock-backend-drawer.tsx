import { Badge, Button, Divider, Drawer, Group, SegmentedControl, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { defaultSettings, stockAstppOptionalFields } from '../src/features/settings/settings-schema';
import { notify } from '../src/shared/notify';
import { mockControls } from './controls';
import type { Fault } from './faults';

const faultKinds: Array<{ value: string; label: string; fault: Omit<Fault, 'method' | 'path'> }> = [
  { value: '500', label: '500 Internal Server Error', fault: { kind: 'status', status: 500 } },
  { value: '502', label: '502 Bad Gateway', fault: { kind: 'status', status: 502 } },
  { value: '503', label: '503 Service Unavailable', fault: { kind: 'status', status: 503 } },
  { value: '403', label: '403 Forbidden', fault: { kind: 'status', status: 403 } },
  { value: '404', label: '404 Not Found', fault: { kind: 'status', status: 404 } },
  { value: 'offline', label: 'Network down', fault: { kind: 'offline' } },
  { value: 'hang', label: 'Request hangs', fault: { kind: 'hang' } },
  { value: 'malformed', label: 'Answer is not JSON', fault: { kind: 'malformed' } },
  { value: 'invalid-body', label: 'Answer fails the schema', fault: { kind: 'invalid-body' } },
  { value: 'expire-session', label: 'Session expires', fault: { kind: 'expire-session' } },
  { value: 'slow', label: '3 s extra latency', fault: { kind: 'delay', delayMs: 3000 } },
];

/**
 * The mock backend's switches (see mock-backend-panel.tsx): reset the data, change latency
 * and settings, inject a failure into the next matching request, or save a concurrent edit
 * to the open customer.
 */
export default function MockBackendDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const location = useLocation();
  const customerId = Number(/^\/customers\/(\d+)/.exec(location.pathname)?.[1]);
  const [options, setOptions] = useState(mockControls.options());
  const [settings, setSettings] = useState(() => mockControls.setSettings({}));
  const [faultKind, setFaultKind] = useState<string | null>('500');
  const [method, setMethod] = useState<string | null>('PATCH');
  const [path, setPath] = useState('/customers');
  const [waiting, setWaiting] = useState(mockControls.faults());

  const latency = options.latencyMs === undefined ? 'realistic' : options.latencyMs === 0 ? 'none' : 'slow';

  return (
    <Drawer opened={opened} onClose={onClose} title="Mock backend" position="right" size="md">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Data lives in this browser and is shared by its tabs. These switches are for development and QA only.
        </Text>
        <Button
          color="red.9"
          variant="outline"
          onClick={() => {
            if (!window.confirm('Reset every customer to the seed data? Changes made in this browser are lost.')) return;
            mockControls.reset();
            setWaiting([]);
            void queryClient.invalidateQueries();
            notify.success('Mock data reset', 'Every customer is back to the seed.');
          }}
        >
          Reset data to the seed
        </Button>

        <Stack gap={6}>
          <Text size="sm" fw={600} id="latency-label">
            Latency
          </Text>
          <SegmentedControl
            aria-labelledby="latency-label"
            value={latency}
            data={[
              { value: 'realistic', label: 'Realistic' },
              { value: 'none', label: 'None' },
              { value: 'slow', label: 'Slow (2 s)' },
            ]}
            onChange={(value) => {
              const next = { ...options, latencyMs: value === 'none' ? 0 : value === 'slow' ? 2000 : undefined };
              mockControls.setOptions(next);
              setOptions(next);
            }}
          />
        </Stack>

        <Switch
          label="Account number editable on create"
          checked={settings.accountNumberEditable}
          onChange={(event) => {
            setSettings(mockControls.setSettings({ accountNumberEditable: event.currentTarget.checked }));
            void queryClient.invalidateQueries({ queryKey: ['settings'] });
          }}
        />
        <Switch
          label="Stock ASTPP 6.0 database"
          description="Without columns for Allow Loss Less Routing, NON-CLI Rate Group and CLI Pool: the console hides them and the API refuses them"
          checked={!settings.optionalFields.cliPool}
          onChange={(event) => {
            const optionalFields = event.currentTarget.checked ? stockAstppOptionalFields : defaultSettings.optionalFields;
            setSettings(mockControls.setSettings({ optionalFields }));
            void queryClient.invalidateQueries({ queryKey: ['settings'] });
          }}
        />

        <Divider />
        <Title order={3} size="h5">
          Fail the next request
        </Title>
        <Select label="Failure" data={faultKinds.map(({ value, label }) => ({ value, label }))} value={faultKind} onChange={setFaultKind} />
        <Group grow>
          <Select label="Method" data={['ANY', 'GET', 'PATCH', 'POST', 'DELETE']} value={method} onChange={setMethod} />
          <TextInput label="Path contains" value={path} onChange={(e) => setPath(e.currentTarget.value)} />
        </Group>
        <Group>
          <Button
            onClick={() => {
              const chosen = faultKinds.find((k) => k.value === faultKind);
              if (!chosen) return;
              mockControls.fail({ ...chosen.fault, method: method === 'ANY' ? undefined : (method ?? undefined), path: path || undefined });
              setWaiting(mockControls.faults());
            }}
          >
            Arm failure
          </Button>
          <Button
            variant="default"
            onClick={() => {
              mockControls.clearFaults();
              setWaiting([]);
            }}
          >
            Clear failures
          </Button>
        </Group>
        {waiting.length ? (
          <Group gap="xs">
            {waiting.map((f, i) => (
              <Badge key={i} variant="light" color="grape">
                {f.kind}
                {f.status ? ` ${f.status}` : ''} · {f.method ?? 'any'} {f.path ?? '*'}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No failure armed.
          </Text>
        )}

        <Divider />
        <Title order={3} size="h5">
          Someone else edits this customer
        </Title>
        <Button
          variant="default"
          disabled={!customerId}
          onClick={() => {
            const updated = mockControls.concurrentEdit(customerId, {
              company: 'Changed Elsewhere Ltd',
              phone: '+1 555 0199',
            });
            notify.success(
              updated ? 'Concurrent edit saved' : 'No such customer',
              updated ? 'Company and phone changed behind your back; your next save answers 412.' : '',
            );
          }}
        >
          {customerId ? `Change customer ${customerId} behind my back` : 'Open a customer first'}
        </Button>
      </Stack>
    </Drawer>
  );
}
