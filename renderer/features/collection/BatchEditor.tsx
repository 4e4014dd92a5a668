import { Alert, AutoComplete, Button, Card, InputNumber, Progress, Space, Statistic, Table, Tag, type GetRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchLine, CollectionBatch, MemberRow } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { runJob } from '../../api/run-job';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { newRequestId } from '../../components/today';

/**
 * Keyboard-speed entry for a collection day: type a member's number or name, Enter, months, Enter, amount
 * (quoted by the backend), Enter — the line is saved at once. Posting runs as a job with a progress bar.
 */
export function BatchEditor({ batchId, onBack, navigate }: { batchId: number; onBack: () => void; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const [batch, setBatch] = useState<CollectionBatch>();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<MemberRow[]>([]);
  const [member, setMember] = useState<MemberRow>();
  const [months, setMonths] = useState<number>(1);
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const monthsRef = useRef<GetRef<typeof InputNumber>>(null);
  const amountRef = useRef<HTMLDivElement>(null);
  const memberRef = useRef<{ focus: () => void }>(null);
  const postRequest = useRef(newRequestId());
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['collection.getBatch']({ batchId });
    if (result.ok) setBatch(result.value);
  }, [batchId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (!query) return setOptions([]);
      void api.fund['members.search']({ query, status: 'all', limit: 10 }).then((result) => result.ok && setOptions(result.value.rows));
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (!member || !batch) return;
    void api.fund['contributions.quote']({ memberId: member.id, receivedOn: batch.collectedOn, monthCount: months }).then((result) => {
      if (result.ok) {
        setAmount(formatBaht(result.value.totalSatang));
        setProblem(undefined);
      } else setProblem(localized(result.error.message));
    });
  }, [member, months, batch]);

  async function addLine() {
    if (!member) return;
    const result = await api.fund['collection.setLine']({ batchId, memberId: member.id, monthCount: months, amountSatang: parseBaht(amount) ?? 0 });
    if (!result.ok) return setProblem(localized(result.error.message));
    setBatch(result.value);
    setMember(undefined);
    setQuery('');
    setMonths(1);
    setAmount('');
    setProblem(undefined);
    memberRef.current?.focus();
  }

  async function post() {
    setProgress(0);
    const result = await runJob<CollectionBatch>('collection.post', { batchId, requestId: postRequest.current }, (status) => setProgress(status.total ? Math.round((100 * status.done) / status.total) : 0));
    setProgress(undefined);
    if (!result.ok) return setProblem(localized(result.error.message));
    setBatch(result.value);
  }

  if (!batch) return null;
  const draft = batch.state === 'draft';
  return (
    <Card
      title={t('ui.collection.batchTitle', { date: formatDate(batch.collectedOn, language, 'long') })}
      extra={<Button onClick={onBack}>{t('ui.common.back')}</Button>}
    >
      <Space size="large" style={{ marginBottom: 16 }}>
        <Statistic title={t('ui.collection.lines')} value={batch.lines.length} />
        <Statistic title={t('ui.collection.total')} value={formatBaht(batch.totalSatang)} data-testid="batch-total" />
        <Tag color={draft ? 'gold' : 'green'}>{t(`ui.collection.states.${batch.state}`)}</Tag>
        {batch.receiptRange && <span data-testid="batch-receipts">{`${batch.receiptRange.first} – ${batch.receiptRange.last}`}</span>}
      </Space>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} data-testid="batch-problem" />}
      {draft && (
        <Space align="start" style={{ marginBottom: 16 }} wrap>
          <AutoComplete
            ref={memberRef as never}
            data-testid="batch-member"
            style={{ width: 360 }}
            value={query}
            placeholder={t('ui.collection.memberPlaceholder')}
            options={options.map((row) => ({ value: String(row.id), label: `${row.memberNo} ${row.fullName}` }))}
            onSearch={setQuery}
            onChange={setQuery}
            onSelect={(value: string) => {
              const chosen = options.find((row) => String(row.id) === value);
              setMember(chosen);
              setQuery(chosen ? `${chosen.memberNo} ${chosen.fullName}` : '');
              setTimeout(() => monthsRef.current?.focus(), 0);
            }}
          />
          <InputNumber ref={monthsRef} min={1} max={60} value={months} onChange={(value) => setMonths(value ?? 1)} addonAfter={t('ui.contributions.months')} data-testid="batch-months"
            onPressEnter={() => amountRef.current?.querySelector('input')?.focus()} />
          <div ref={amountRef} style={{ width: 260 }} onKeyDown={(event) => event.key === 'Enter' && void addLine()}>
            <MoneyInput value={amount} onChange={setAmount} data-testid="batch-amount" />
          </div>
          <Button type="primary" onClick={() => void addLine()} disabled={!member} data-testid="batch-add">{t('ui.collection.addLine')}</Button>
        </Space>
      )}
      <Table<BatchLine>
        rowKey="id"
        size="small"
        dataSource={batch.lines}
        pagination={false}
        scroll={{ y: 420 }}
        virtual
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'memberName' },
          { title: t('fields.monthCount'), dataIndex: 'monthCount', width: 110, className: 'money' },
          { title: t('fields.amountSatang'), dataIndex: 'amountSatang', width: 140, className: 'money', render: (value: number) => formatBaht(value) },
          ...(draft
            ? [{ title: '', width: 100, render: (_value: unknown, line: BatchLine) => (
                <Button size="small" onClick={async () => { const result = await api.fund['collection.removeLine']({ batchId, lineId: line.id }); if (result.ok) setBatch(result.value); }}>
                  {t('ui.common.remove')}
                </Button>
              ) }]
            : []),
        ]}
      />
      {draft && (
        <Space style={{ marginTop: 16, width: '100%' }} direction="vertical">
          {progress !== undefined && <Progress percent={progress} data-testid="batch-progress" />}
          <Button type="primary" size="large" disabled={batch.lines.length === 0 || progress !== undefined} onClick={() => void post()} data-testid="batch-post">
            {t('ui.collection.post', { count: batch.lines.length })}
          </Button>
        </Space>
      )}
      {!draft && (
        <Button style={{ marginTop: 16 }} onClick={() => navigate({ page: 'cashbook' })}>{t('ui.collection.toCashBook')}</Button>
      )}
    </Card>
  );
}
