import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusSectionRecord } from '../../../shared/api/report-types';
import { statusFormSectionNumbers, statusFormSectionSchemas, type StatusFormSection } from '../../../shared/api/status-form-schemas';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { sectionLayouts, type FieldSpec } from '../../../shared/api/status-form-layout';

type Values = Record<string, unknown>;

/**
 * One section of the status form's questionnaire for one fiscal year, as a card with its own Save: boxes to tick
 * where the form has choices, lines where it has text. Tab moves through every box and line in the form's order;
 * Enter in a line saves the card.
 */
export function StatusSectionCard({
  fiscalYear,
  section,
  record,
  onSaved,
}: {
  fiscalYear: number;
  section: StatusFormSection;
  record: StatusSectionRecord | null;
  onSaved: (record: StatusSectionRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const initial = (record?.answers ?? statusFormSectionSchemas[section].parse({})) as Values;

  async function save(values: Values) {
    setBusy(true);
    const result = await api.fund['statusForm.saveSection']({
      fiscalYear,
      section,
      expectedVersion: record?.version ?? 0,
      answers: values,
    });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { stripPrefix: 'answers.' })) setProblem(localized(result.error.message));
      return;
    }
    setProblem(undefined);
    void message.success(t('ui.statusForm.saved', { section: t(`ui.statusForm.sections.${section}`) }));
    onSaved(result.value);
  }

  return (
    <Card
      className="status-section"
      data-testid={`status-section-${section}`}
      title={t('ui.statusForm.sectionTitle', { number: statusFormSectionNumbers[section], name: t(`ui.statusForm.sections.${section}`) })}
      extra={
        record ? (
          <Tag color="green" data-testid={`status-section-${section}-saved`}>
            {t('ui.statusForm.savedAt', { at: formatInstant(record.updatedAt, i18n.language === 'en' ? 'en' : 'th') })}
          </Tag>
        ) : (
          <Tag>{t('ui.statusForm.notAnswered')}</Tag>
        )
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(values) => void save(values)}>
        {sectionLayouts[section].map((field) => (
          <SectionField key={field.name} section={section} field={field} />
        ))}
        <WriteAction>
          <Button type="primary" htmlType="submit" loading={isBusy} data-testid={`status-section-${section}-save`}>
            {t('ui.common.save')}
          </Button>
        </WriteAction>
      </Form>
    </Card>
  );
}

function SectionField({ section, field }: { section: StatusFormSection; field: FieldSpec }) {
  const { t } = useTranslation();
  const label = `${field.number ? `${field.number} ` : ''}${t(`ui.statusForm.labels.${field.name}`)}`;
  const testId = `status-${section}-${field.name}`;
  const option = (value: string) => ({ value, label: t(`ui.statusForm.options.${value}`) });
  switch (field.kind) {
    case 'choices':
      return (
        <Form.Item name={field.name} label={label}>
          <Checkbox.Group data-testid={testId} options={field.options.map(option)} />
        </Form.Item>
      );
    case 'one':
      return (
        <Form.Item name={field.name} label={label}>
          <Radio.Group
            data-testid={testId}
            options={[...field.options.map(option), { value: null, label: t('ui.statusForm.options.none') }]}
          />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item name={field.name} label={label}>
          <Input data-testid={testId} maxLength={200} />
        </Form.Item>
      );
    case 'note':
      return (
        <Form.Item name={field.name} label={label}>
          <Input.TextArea data-testid={testId} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      );
    case 'count':
      return (
        <Form.Item name={field.name} label={label}>
          <InputNumber data-testid={testId} min={0} max={200} precision={0} style={{ width: 160 }} />
        </Form.Item>
      );
    case 'rows':
      return <RowsField label={label} field={field} testId={testId} />;
  }
}

/** A table of rows to type (the committee's list, the plans): one line per row, added and removed by button. */
function RowsField({ label, field, testId }: { label: string; field: Extract<FieldSpec, { kind: 'rows' }>; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="status-rows" data-testid={testId}>
      <Typography.Text strong>{label}</Typography.Text>
      <Form.List name={field.name}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <Space key={row.key} align="start" wrap className="status-row">
                <Typography.Text type="secondary" style={{ display: 'inline-block', width: 24, paddingTop: 6 }}>
                  {index + 1}
                </Typography.Text>
                {field.columns.map((column) => (
                  <Form.Item key={column.name} name={[row.name, column.name]} style={{ marginBottom: 8 }}>
                    {column.kind === 'note' ? (
                      <Input.TextArea
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        placeholder={t(`ui.statusForm.labels.${column.name}`)}
                        aria-label={`${t(`ui.statusForm.labels.${column.name}`)} ${index + 1}`}
                        style={{ width: 260 }}
                        data-testid={`${testId}-${index}-${column.name}`}
                      />
                    ) : (
                      <Input
                        placeholder={t(`ui.statusForm.labels.${column.name}`)}
                        aria-label={`${t(`ui.statusForm.labels.${column.name}`)} ${index + 1}`}
                        style={{ width: 200 }}
                        data-testid={`${testId}-${index}-${column.name}`}
                      />
                    )}
                  </Form.Item>
                ))}
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('ui.statusForm.removeRow', { line: index + 1 })}
                  onClick={() => remove(row.name)}
                  data-testid={`${testId}-${index}-remove`}
                />
              </Space>
            ))}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid={`${testId}-add`} style={{ margin: '4px 0 16px' }}>
                {t('ui.statusForm.addRow')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
    </div>
  );
}
