import { Table } from 'antd';
import { useT } from '../../i18n/i18n';
import { columnOf, type ImportRowError } from './import-csv';

/** Row-by-row problems of a unit CSV. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const t = useT();
  return (
    <Table<ImportRowError>
      data-testid="import-errors"
      size="small"
      rowKey={(e) => `${e.line}-${e.field}-${e.message}`}
      dataSource={errors}
      pagination={errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
      columns={[
        { key: 'line', title: t('import.line'), dataIndex: 'line', width: 56 },
        { key: 'field', title: t('import.field'), render: (_, e) => columnOf(e.field), width: 104 },
        { key: 'message', title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
