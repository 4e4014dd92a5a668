import { Alert, App as AntApp, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionReview, RetentionRow } from '../../../shared/api/privacy-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { WhyDisabled } from '../../components/WhyDisabled';
import { statusColors } from './status-colors';

/**
 * The yearly review of retention (reliability §(e), issue 20 §3): resigned and deceased members whose personal
 * data has been kept its full period after the fiscal year their membership ended in. The committee decides;
 * the treasurer ticks the members, writes the decision and clears them, all at once. Money rows are never touched.
 */
export function RetentionPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { message, modal } = AntApp.useApp();
  const [review, setReview] = useState<RetentionReview>();
  const [ticked, setTicked] = useState<number[]>([]);
  const [decisionRef, setDecisionRef] = useState('');
  const [years, setYears] = useState<number | null>(null);
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.fund['retention.review']({});
    if (!result.ok) return setProblem(localized(result.error.message));
    setReview(result.value);
    setYears(result.value.keepYears);
    setTicked([]);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function saveYears() {
    if (years === null) return;
    setProblem(undefined);
    const result = await api.fund['retention.setKeepYears']({ years });
    if (!result.ok) return setProblem(localized(result.error.message));
    setReview(result.value);
    setTicked([]);
  }

  async function clear() {
    setBusy(true);
    setProblem(undefined);
    const result = await api.fund['retention.clear']({ memberIds: ticked, decisionRef });
    setBusy(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    void message.success(t('ui.privacy.retention.done', { count: result.value.cleared }));
    setDecisionRef('');
    await load();
  }

  function confirmClear() {
    modal.confirm({
      title: t('ui.privacy.retention.confirm', { count: ticked.length }),
      okText: t('ui.privacy.retention.clear'),
      okButtonProps: { danger: true, 'data-testid': 'retention-clear-confirm' },
      cancelText: t('ui.common.cancel'),
      onOk: () => clear(),
    });
  }

  const whyNotClear =
    ticked.length === 0
      ? t('ui.whyDisabled.memberFirst')
      : decisionRef.trim() === ''
        ? t('ui.whyDisabled.fieldFirst', { field: t('fields.decisionRef') })
        : undefined;

  return (
    <Card
      title={t('ui.privacy.retention.title')}
      extra={<Button onClick={() => navigate({ page: 'members' })}>{t('ui.common.back')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('ui.privacy.retention.hint')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('fields.years')}>
          <InputNumber min={1} max={50} value={years} onChange={(value) => setYears(value)} data-testid="retention-years" />
        </Form.Item>
        <Form.Item>
          <WhyDisabled reason={years === review?.keepYears ? t('ui.privacy.retention.sameYears') : undefined}>
            <WriteAction>
              <Button onClick={() => void saveYears()} disabled={years === review?.keepYears} data-testid="retention-years-save">
                {t('ui.common.save')}
              </Button>
            </WriteAction>
          </WhyDisabled>
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problem} data-testid="retention-problem" />}
      {review && (
        <Typography.Paragraph data-testid="retention-rule">
          {t('ui.privacy.retention.rule', { years: review.keepYears, date: formatDate(review.asOf, language), count: review.due.length })}
        </Typography.Paragraph>
      )}
      <Table<RetentionRow>
        rowKey="memberId"
        size="small"
        loading={review === undefined}
        dataSource={review?.due ?? []}
        pagination={false}
        data-testid="retention-due"
        locale={{ emptyText: t('ui.privacy.retention.none') }}
        rowSelection={{ selectedRowKeys: ticked, onChange: (keys) => setTicked(keys.map(Number)) }}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 120 },
          { title: t('fields.fullName'), dataIndex: 'fullName' },
          {
            title: t('fields.status'),
            dataIndex: 'status',
            width: 120,
            render: (status: RetentionRow['status']) => <Tag color={statusColors[status]}>{t(`statuses.${status}`)}</Tag>,
          },
          {
            title: t('ui.privacy.retention.endedOn'),
            dataIndex: 'endedOn',
            width: 150,
            render: (date: string) => formatDate(date, language),
          },
          {
            title: t('ui.privacy.retention.dueFrom'),
            dataIndex: 'dueFrom',
            width: 150,
            render: (date: string) => formatDate(date, language),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        <Input
          style={{ width: 360 }}
          placeholder={t('ui.privacy.retention.decisionPlaceholder')}
          value={decisionRef}
          maxLength={200}
          onChange={(event) => setDecisionRef(event.target.value)}
          data-testid="retention-decision"
        />
        <WhyDisabled reason={whyNotClear}>
          <WriteAction>
            <Button danger loading={isBusy} disabled={whyNotClear !== undefined} onClick={confirmClear} data-testid="retention-clear">
              {t('ui.privacy.retention.clear')}
            </Button>
          </WriteAction>
        </WhyDisabled>
      </Space>
    </Card>
  );
}
