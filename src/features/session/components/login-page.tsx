import { Alert, Anchor, Button, Center, Image, Paper, PasswordInput, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { brand } from 'virtual:brand';
import { isApiError } from '../../../shared/http/http-client';
import { useSignIn } from '../api/session';
import { credentialsSchema, type Credentials } from '../session-schema';
import { useDemoAccounts } from '../demo-accounts';
import { safeNext } from './login-loader';


export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signIn = useSignIn();
  const demoAccounts = useDemoAccounts();
  const form = useForm<Credentials>({ resolver: zodResolver(credentialsSchema), defaultValues: { email: '', password: '' } });

  const submit = form.handleSubmit(async (credentials) => {
    try {
      await signIn.mutateAsync(credentials);
      navigate(next, { replace: true });
    } catch {
      // The message is shown from signIn.error; the email or account number stays as typed.
      form.setValue('password', '');
      form.setFocus('password');
    }
  });

  const wrongPassword = isApiError(signIn.error, 'unauthorized');

  return (
    <Center component="main" mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={480} gap="lg">
        <Center>
          <Image src={brand.logoUrl} alt={brand.name} h={40} w="auto" />
        </Center>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={1} size="h3">
                Sign in
              </Title>
              {signIn.error ? (
                <Alert color="red" role="alert" title={wrongPassword ? 'Wrong email, account number or password' : 'Could not sign in'}>
                  {wrongPassword ? 'Check your email or account number and your password, and try again.' : signIn.error.message}
                </Alert>
              ) : null}
              <TextInput
                label="Email or account number"
                type="text"
                autoComplete="username"
                {...form.register('email')}
                error={form.formState.errors.email?.message}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                {...form.register('password')}
                error={form.formState.errors.password?.message}
              />
              <Button type="submit" loading={signIn.isPending} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        {demoAccounts.length > 0 ? (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="demo-accounts">
            <Title order={2} size="h5" id="demo-accounts">
              Demo accounts
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              Mock backend only. Click one to sign in.
            </Text>
            <Table verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <VisuallyHidden>Account</VisuallyHidden>
                  </Table.Th>
                  {/* One column for both: three columns overflowed the card at its width. */}
                  <Table.Th fz="xs">Email and account number</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {demoAccounts.map((account) => (
                  <Table.Tr key={account.email}>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => {
                          form.setValue('email', account.email);
                          form.setValue('password', account.password);
                          void submit();
                        }}
                      >
                        Sign in as {account.label}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {account.email}
                      </Text>
                      <Text size="xs" ff="monospace">
                        {account.accountNumber}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ) : null}
        <Text size="xs" c="dimmed" ta="center">
          Trouble signing in? <Anchor href={`mailto:${brand.supportEmail}`}>{brand.supportEmail}</Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
