import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SoundOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../i18n/i18n';
import { useLogin, useMeQuery } from './session';

interface LoginForm {
  username: string;
  password: string;
}

/** Where to go after signing in: the page that sent the user here, or "Việc cần làm". */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  if (
    typeof state === 'object' &&
    state !== null &&
    'from' in state &&
    typeof state.from === 'string'
  ) {
    return state.from;
  }
  return '/today';
}

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const me = useMeQuery();
  const login = useLogin();
  const [error, setError] = useState<{ title: string; detail?: string } | null>(null);

  if (me.data) return <Navigate to={returnPath} replace />;

  const onFinish = (values: LoginForm) => {
    setError(null);
    login.mutate(values, {
      onSuccess: () => void navigate(returnPath, { replace: true }),
      onError: (e) => {
        if (isApiError(e) && e.status === 0) setError({ title: t('error.network') });
        else if (!isApiError(e) || !e.problem.title) setError({ title: t('error.unexpected') });
        else setError({ title: e.problem.title, detail: e.problem.detail });
      },
    });
  };

  return (
    <Flex component="main" vertical align="center" justify="center" className="login-page">
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LanguageSwitch />
      </Flex>
      {/* A plain box, not antd's Card: Card brings its tabs and skeleton to the first download. */}
      <section className="login-card">
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <SoundOutlined style={{ fontSize: 36, color: '#b3261e' }} aria-hidden />
          <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </Flex>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error.title}
            description={error.detail !== error.title ? error.detail : undefined}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} name="login">
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}
        >
          {t('login.help')}
        </Typography.Paragraph>
      </section>
    </Flex>
  );
}
