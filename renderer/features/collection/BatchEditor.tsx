import { Alert, AutoComplete, Button, Card, Checkbox, InputNumber, Progress, Space, Statistic, Table, Tag, type GetRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchLine, CollectionBatch, MemberRow } from '../../../shared/api/fund-types';
import { formatDate, formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { runJob } from '../../api/run-job';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { newRequestId } from '../../components/today';
import { useQuote } from '../contributions/use-quote';
import { WhyDisabled } from '../../components/WhyDisabled';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';

type Props = { batchId: number; onBack: () => void; navigate: Navigate };

/**
 * Keyboard-speed entry for a collection day: type a member's number or name, Enter, months, Enter, amount
 * (quoted by the backend), Enter — the line is saved at once, so a dead laptop loses nothing. Posting runs as
 * a job with a progress bar and issues the receipts in one transaction.
 */
export function BatchEditor({ batchId, onBack, navigate }: Props) {
  const { t, i18n } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const [batch, setBatch] = useState<CollectionBatch>();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<MemberRow[]>([]);
  const [member, setMember] = useState<MemberRow>();
  const [months, setMonths] = useState<number>(1);
  const [withEntryFee, setWithEntryFee] = useState(false);
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const [isSaving, setSaving] = useState(false);
  const memberRef = useRef<GetRef<typeof AutoComplete>>(null);
  const monthsRef = useRef<GetRef<typeof InputNumber>>(null);
  const amountRef = useRef<HTMLDivElement>(null);
  // One id per batch posting: pressing Post again after a lost answer never posts twice.
  const postRequest = useRef(newRequestId());
  const language = i18n.language === 'en' ? 'en' : 'th';
  const { quote, error: quoteError } = useQuote({
    memberId: member?.id ?? 0,
    receivedOn: member ? batch?.collectedOn : undefined,
    monthCount: months,
    periods: [],
    includeEntryFee: withEntryFee,
  });

  const reload = useCallback(async () => {
    const result = await api.fund['collection.getBatch']({ batchId });
    if (result.ok) setBatch(result.value);
    else setProblem(localized(result.error.message));
  }, [batchId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!query.trim() || member) return setOptions([]);
    let isCurrent = true;
    const timer = setTimeout(() => {
      void api.fund['members.search']({ query: query.trim(), status: 'all', limit: 10 }).then(
        (result) => isCurrent && result.ok && setOptions(result.value.rows),
      );
    }, 120);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, member]);

  useEffect(() => {
    if (quote) setAmount(formatBaht(quote.totalSatang));
  }, [quote]);

  function choose(memberId: string) {
    const chosen = options.find((row) => String(row.id) === memberId);
    if (!chosen) return;
    setMember(chosen);
    setQuery(`${chosen.memberNo} ${chosen.fullName}`);
    setTimeout(() => monthsRef.current?.focus(), 0);
  }

  async function addLine() {
    const amountSatang = parseBaht(amount);
    if (!member || isSaving) return;
    if (amountSatang === undefined) return setProblem(t('ui.form.badMoney'));
    setSaving(true);
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['collection.setLine']({
        batchId,
        memberId: member.id,
        monthCount: months,
        amountSatang,
        includeEntryFee: withEntryFee,
        isLargeAmountConfirmed,
      }),
    );
    setSaving(false);
    if (!result.ok) return setProblem(localized(result.error.message));
    setBatch(result.value);
    setMember(undefined);
    setQuery('');
    setMonths(1);
    setWithEntryFee(false);
    setAmount('');
    setProblem(undefined);
    memberRef.current?.focus();
  }

  async function removeLine(lineId: number) {
    const result = await api.fund['collection.removeLine']({ batchId, lineId });
    if (result.ok) setBatch(result.value);
    else setProblem(localized(result.error.message));
  }

  async function post() {
    setProblem(undefined);
    setProgress(0);
    const result = await runJob<CollectionBatch>('collection.post', { batchId, requestId: postRequest.current }, (status) =>
      setProgress(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setProgress(undefined);
    if (!result.ok) return setProblem(localized(result.error.message));
    setBatch(result.value);
  }

  if (!batch) return problem ? <Alert type="error" showIcon title={problem} /> : null;
  const isDraft = batch.state === 'draft';
  const newestFirst = [...batch.lines].reverse();
  return (
    <Card
      title={t('ui.collection.batchTitle', { date: formatDate(batch.collectedOn, language, 'long') })}
      extra={
        <Button onClick={onBack} data-testid="batch-back">
          {t('ui.common.back')}
        </Button>
      }
    >
      <Space size={40} style={{ marginBottom: 16 }} wrap>
        <Statistic title={t('ui.collection.lines')} value={batch.lines.length} data-testid="batch-count" />
        <Statistic title={t('ui.collection.total')} value={formatBaht(batch.totalSatang)} data-testid="batch-total" />
        <Statistic title={t('fields.collector')} value={batch.collector || '—'} />
        <Tag color={isDraft ? 'gold' : 'green'}>{t(`ui.collection.states.${batch.state}`)}</Tag>
        {batch.receiptRange && (
          <Statistic
            title={t('ui.collection.receipts')}
            value={`${batch.receiptRange.first} – ${batch.receiptRange.last}`}
            data-testid="batch-receipts"
          />
        )}
      </Space>
      {(problem || quoteError) && (
        <Alert
          type="error"
          showIcon
          title={problem ?? (quoteError ? localized(quoteError.message) : '')}
          style={{ marginBottom: 12 }}
          data-testid="batch-problem"
        />
      )}
      {isDraft && (
        <div className="batch-entry">
          <AutoComplete
            ref={memberRef}
            data-testid="batch-member"
            size="large"
            autoFocus
            defaultActiveFirstOption
            style={{ width: 340 }}
            value={query}
            placeholder={t('ui.collection.memberPlaceholder')}
            options={options.map((row) => ({
              value: String(row.id),
              label: `${row.memberNo}  ${row.fullName}${row.moo !== null ? `  (${t('fields.moo')} ${row.moo})` : ''}`,
            }))}
            onChange={(text: string) => {
              setMember(undefined);
              setQuery(text);
            }}
            onSelect={choose}
          />
          <InputNumber
            ref={monthsRef}
            size="large"
            min={1}
            max={60}
            value={months}
            onChange={(value) => setMonths(value ?? 1)}
            suffix={t('ui.contributions.months')}
            style={{ width: 140 }}
            data-testid="batch-months"
            onPressEnter={() => amountRef.current?.querySelector('input')?.focus()}
          />
          {/* A new member joining on collection day pays the entry fee with the months, on one receipt. */}
          <Checkbox
            checked={withEntryFee}
            onChange={(event) => setWithEntryFee(event.target.checked)}
            style={{ alignSelf: 'center' }}
            data-testid="batch-entry-fee"
          >
            {t('ui.collection.entryFee')}
          </Checkbox>
          <div ref={amountRef} style={{ width: 200 }}>
            <MoneyInput size="large" value={amount} onChange={setAmount} onPressEnter={() => void addLine()} data-testid="batch-amount" />
          </div>
          <WhyDisabled reason={member ? undefined : t('ui.whyDisabled.memberFirst')}>
            <Button
              type="primary"
              size="large"
              onClick={() => void addLine()}
              disabled={!member}
              loading={isSaving}
              data-testid="batch-add"
            >
              {t('ui.collection.addLine')}
            </Button>
          </WhyDisabled>
        </div>
      )}
      <Table<BatchLine>
        rowKey="id"
        size="small"
        dataSource={newestFirst}
        pagination={false}
        scroll={{ y: 380 }}
        virtual
        data-testid="batch-lines"
        locale={{ emptyText: t('ui.collection.noLines') }}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'memberName', ellipsis: true },
          {
            title: t('fields.periods'),
            dataIndex: 'periods',
            width: 230,
            render: (periods: string[]) =>
              periods.length === 0
                ? ''
                : periods.length === 1
                  ? formatPeriod(periods[0] ?? '', language)
                  : `${formatPeriod(periods[0] ?? '', language)} – ${formatPeriod(periods[periods.length - 1] ?? '', language)}`,
          },
          { title: t('fields.monthCount'), dataIndex: 'monthCount', width: 100, className: 'money', align: 'right' },
          {
            title: '',
            dataIndex: 'includeEntryFee',
            width: 110,
            render: (value: boolean) => (value ? <Tag>{t('ui.collection.entryFee')}</Tag> : null),
          },
          {
            title: t('fields.amountSatang'),
            dataIndex: 'amountSatang',
            width: 140,
            className: 'money',
            align: 'right',
            render: (value: number) => formatBaht(value),
          },
          ...(isDraft
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 90,
                  render: (_value: unknown, line: BatchLine) => (
                    <Button size="small" onClick={() => void removeLine(line.id)} data-testid={`batch-remove-${line.memberNo}`}>
                      {t('ui.common.remove')}
                    </Button>
                  ),
                },
              ]
            : [
                {
                  title: t('ui.contributions.receiptNo'),
                  key: 'receipt',
                  width: 170,
                  render: (_value: unknown, line: BatchLine) =>
                    line.receiptId !== null ? (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => navigate({ page: 'receipt', receiptId: line.receiptId ?? 0 })}
                        data-testid={`batch-receipt-${line.memberNo}`}
                      >
                        {line.receiptNo}
                      </Button>
                    ) : null,
                },
              ]),
        ]}
      />
      {isDraft && (
        <div style={{ marginTop: 16 }}>
          {progress !== undefined && <Progress percent={progress} status="active" data-testid="batch-progress" />}
          <WhyDisabled
            reason={
              progress !== undefined ? t('ui.whyDisabled.working') : batch.lines.length === 0 ? t('ui.whyDisabled.noLines') : undefined
            }
          >
            <Button
              type="primary"
              size="large"
              disabled={batch.lines.length === 0 || progress !== undefined}
              onClick={() => void post()}
              data-testid="batch-post"
            >
              {t('ui.collection.post', { count: batch.lines.length })}
            </Button>
          </WhyDisabled>
        </div>
      )}
      {!isDraft && (
        <Button style={{ marginTop: 16 }} onClick={() => navigate({ page: 'cashbook' })} data-testid="batch-to-cash-book">
          {t('ui.collection.toCashBook')}
        </Button>
      )}
    </Card>
  );
}
