import {
  Alert,
  Button,
  Center,
  Code,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoginRequestSchema, type LoginRequest } from '@plainstaff/contracts/auth';
import { messageOf } from '../../../lib/query-client';
import { useLogin } from '../api/login';
import { useLoginConfig } from '../api/login-config';
import { localized } from '../../../lib/form-resolver';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const config = useLoginConfig();
  const form = useForm<LoginRequest>({
    resolver: localized(zodResolver(LoginRequestSchema)),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, { onSuccess: () => void navigate(params.get('next') ?? '/', { replace: true }) }),
  );

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div>
              <Title order={2}>PlainStaff</Title>
              <Text c="dimmed" size="sm">
                {t('subtitle')}
              </Text>
            </div>
            {login.isError && (
              <Alert color="red" role="alert">
                {messageOf(login.error)}
              </Alert>
            )}
            <TextInput
              label={t('email')}
              type="email"
              autoComplete="username"
              {...form.register('email')}
              error={form.formState.errors.email?.message}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              {...form.register('password')}
              error={form.formState.errors.password?.message}
            />
            <Button type="submit" loading={login.isPending}>
              {t('submit')}
            </Button>
            {config.data?.demoLogin && (
              <Text size="xs" c="dimmed">
                {t('demoLabel')}: <Code>{config.data.demoLogin.email}</Code> /{' '}
                <Code>{config.data.demoLogin.password}</Code>
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
