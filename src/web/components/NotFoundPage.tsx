import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={
        <Link to="/units">
          <Button type="primary">{t('notFound.back')}</Button>
        </Link>
      }
    />
  );
}
