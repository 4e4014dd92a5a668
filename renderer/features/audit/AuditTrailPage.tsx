import { Alert, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditTrailChoices, AuditTrailPage as TrailPage, AuditTrailRow } from '../../../shared/api/audit-trail-types';
import { changedFields, createdText } from '../../../shared/domain/audit/audit-change';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { ExportButtons } from '../../components/ExportButtons';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { useActorLabel } from '../people/use-actor-label';

/** The filter as the form holds it; an empty field is no filter. */
type Filter = { actor?: string; from?: string; to?: string; method?: string; entity?: string };

const pageSize = 50;

/** The filter without its empty fields: what the backend is asked, and what the export prints. */
function cleaned(filter: Filter): Filter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '' && value !== null));
}

/**
 * What a row changed: field by field, the old value struck through, for an edit; for a new record (nothing
 * before) the fields that hold something in one paragraph cut to two lines, opened on request, so a page of new
 * members stays readable.
 */
function ChangeCell({ row }: { row: AuditTrailRow }) {
  const { t } = useTranslation();
  if (row.before === null)
    return (
      <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2, expandable: true, symbol: t('ui.auditTrail.showAll') }}>
        {createdText(row.after)}
      </Typography.Paragraph>
    );
  return (
    <div data-testid={`audit-change-${row.id}`}>
      {changedFields(row.before, row.after).map((change) => (
        <div key={change.field}>
          <Typography.Text strong>{change.field}</Typography.Text>{' '}
          {change.before !== null && (
            <>
              <Typography.Text delete type="secondary">
                {change.before}
              </Typography.Text>
              {' → '}
            </>
          )}
          {change.after ?? '—'}
        </div>
      ))}
    </div>
  );
}

/**
 * The audit trail (issue 20 §1): every recorded change, newest first, a page at a time after the last row shown
 * (a ten-year fund holds millions), filtered by person, days and kind; each row says in Thai who did what to
 * which record and which fields changed. The same filtered range prints on A4 or goes to Excel from the backend.
 */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [form] = Form.useForm<Filter>();
  const [choices, setChoices] = useState<AuditTrailChoices>();
  const [filter, setFilter] = useState<Filter>({});
  const [rows, setRows] = useState<AuditTrailRow[]>();
  const [next, setNext] = useState<TrailPage['next']>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string>();

  const methodLabel = useCallback((method: string) => t(`methods.${method}`, { defaultValue: method }), [t]);
  const actorLabel = useActorLabel();

  const load = useCallback(
    async (wanted: Filter, after: TrailPage['next']) => {
      setLoading(true);
      setProblem(undefined);
      const result = await api.fund['audit.trail']({ ...wanted, limit: pageSize, ...(after ? { after } : {}) });
      setLoading(false);
      if (!result.ok) {
        if (!showErrorOnForm(form, result.error)) setProblem(localized(result.error.message));
        return;
      }
      // The filter was taken: an earlier refusal's message under a field no longer holds.
      form.setFields((['actor', 'from', 'to', 'method', 'entity'] as const).map((name) => ({ name, errors: [] })));
      setFilter(wanted);
      setRows((shown) => (after ? [...(shown ?? []), ...result.value.rows] : result.value.rows));
      setNext(result.value.next);
    },
    [form],
  );

  useEffect(() => {
    void api.fund['audit.trailChoices']({}).then((result) =>
      result.ok ? setChoices(result.value) : setProblem(localized(result.error.message)),
    );
    void load({}, null);
  }, [load]);

  const options = (values: string[] | undefined, label: (value: string) => string) =>
    (values ?? []).map((value) => ({ value, label: label(value) }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('ui.auditTrail.title')}>
        <Typography.Paragraph type="secondary">{t('ui.auditTrail.explain')}</Typography.Paragraph>
        <Form form={form} layout="inline" onFinish={(values) => void load(cleaned(values), null)} data-testid="audit-filter">
          <Form.Item name="actor" label={t('ui.auditTrail.actor')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 160 }}
              options={options(choices?.actors, actorLabel)}
              data-testid="audit-actor"
            />
          </Form.Item>
          <Form.Item name="from" label={t('ui.auditTrail.from')}>
            <BuddhistDateInput style={{ width: 130 }} data-testid="audit-from" />
          </Form.Item>
          <Form.Item name="to" label={t('ui.auditTrail.to')}>
            <BuddhistDateInput style={{ width: 130 }} data-testid="audit-to" />
          </Form.Item>
          <Form.Item name="method" label={t('ui.auditTrail.method')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 220 }}
              options={options(choices?.methods, methodLabel)}
              data-testid="audit-method"
            />
          </Form.Item>
          <Form.Item name="entity" label={t('ui.auditTrail.entity')}>
            <Select
              allowClear
              showSearch
              style={{ width: 160 }}
              options={options(choices?.entities, (value) => value)}
              data-testid="audit-entity"
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="audit-apply">
              {t('ui.auditTrail.apply')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card
        title={t('ui.auditTrail.listTitle')}
        extra={<ExportButtons method="exports.auditTrail" input={{ ...filter }} testId="audit-export" />}
      >
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Table<AuditTrailRow>
          rowKey="id"
          size="small"
          data-testid="audit-table"
          loading={rows === undefined && !problem}
          dataSource={rows ?? []}
          pagination={false}
          locale={{ emptyText: t('ui.auditTrail.empty') }}
          columns={[
            { title: t('ui.auditTrail.at'), key: 'at', width: 170, render: (_, row) => formatInstant(row.at, language) },
            { title: t('ui.auditTrail.actor'), key: 'actor', width: 120, render: (_, row) => actorLabel(row.actor) },
            {
              title: t('ui.auditTrail.method'),
              key: 'method',
              render: (_, row) => (
                <>
                  <div>{methodLabel(row.method)}</div>
                  <Typography.Text type="secondary">
                    {row.entity} {row.entityId}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t('ui.auditTrail.change'),
              key: 'change',
              render: (_, row) => <ChangeCell row={row} />,
            },
          ]}
        />
        {next && (
          <Button style={{ marginTop: 12 }} loading={loading} onClick={() => void load(filter, next)} data-testid="audit-more">
            {t('ui.auditTrail.more')}
          </Button>
        )}
      </Card>
    </Space>
  );
}
