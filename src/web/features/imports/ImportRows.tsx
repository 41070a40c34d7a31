import type { ReactNode } from 'react';
import { Button, Flex, Form, Typography, type FormListFieldData } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import type { ImportFormValues } from './import-form';
import { SourceField } from './source-link';
import { MoreRows, useRowWindow } from './row-window';

type ListName = 'bases' | 'phases' | 'assignments' | 'recipients';

interface ImportRowsProps<N extends ListName> {
  name: N;
  label: string;
  addLabel: string;
  /** A blank row for the add button; it has no origin, so no source in the text. */
  blank: ImportFormValues[N][number];
  children: (field: FormListFieldData, source: string | null) => ReactNode;
  rowClassName?: (index: number) => string | undefined;
}

/** The key of a row's source: its list and its index in the extraction ("bases.0"). */
export function useRowSource(name: ListName, row: number): string | null {
  const form = Form.useFormInstance<ImportFormValues>();
  const origin: unknown = form.getFieldValue([name, row, 'origin']);
  return typeof origin === 'number' ? `${name}.${origin}` : null;
}

function Row({
  name,
  field,
  children,
  className,
  onRemove,
}: {
  name: ListName;
  field: FormListFieldData;
  children: (field: FormListFieldData, source: string | null) => ReactNode;
  className?: string;
  onRemove: () => void;
}) {
  const t = useT();
  const source = useRowSource(name, field.name);
  return (
    <SourceField source={source} className={className}>
      <Flex gap={8} align="start" data-testid={`import-${name}-row`}>
        <div style={{ flex: 1, minWidth: 0 }}>{children(field, source)}</div>
        <Button icon={<DeleteOutlined />} aria-label={t('imp.removeRow')} onClick={onRemove} />
      </Flex>
    </SourceField>
  );
}

/** The rows of a list, the first ones of a long list only, with a button for the rest. */
function Rows({
  name,
  fields,
  rowClassName,
  remove,
  children,
}: {
  name: ListName;
  fields: FormListFieldData[];
  rowClassName?: (index: number) => string | undefined;
  remove: (index: number) => void;
  children: (field: FormListFieldData, source: string | null) => ReactNode;
}) {
  const { limit, hidden, more } = useRowWindow([name], fields.length);
  return (
    <>
      {fields.slice(0, limit).map((f) => (
        <Row
          key={f.key}
          name={name}
          field={f}
          className={rowClassName?.(f.name)}
          onRemove={() => remove(f.name)}
        >
          {children}
        </Row>
      ))}
      <MoreRows hidden={hidden} onMore={more} />
    </>
  );
}

/** An editable list of extracted items, each row linked to where it was read. */
export function ImportRows<N extends ListName>(props: ImportRowsProps<N>) {
  const { name, label, addLabel, blank, children, rowClassName } = props;
  const t = useT();
  return (
    <section className="import-list" aria-label={label}>
      <Typography.Text strong className="import-list-label">
        {label}
      </Typography.Text>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('imp.noneFound')}</Typography.Text>
            )}
            <Rows name={name} fields={fields} rowClassName={rowClassName} remove={remove}>
              {children}
            </Rows>
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add(blank)}>
                {addLabel}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </section>
  );
}
