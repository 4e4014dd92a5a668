import { Alert, AutoComplete, Button, Checkbox, InputNumber, Radio, type GetRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchLine, CollectionBatch, MemberRow } from '../../../shared/api/fund-types';
import { formatPeriodRanges } from '../../../shared/domain/documents/period-ranges';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { MoneyInput } from '../../components/MoneyInput';
import { useSelectOnKeyboardFocus } from '../../components/select-on-keyboard-focus';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { WhyDisabled } from '../../components/WhyDisabled';
import { useQuote } from '../contributions/use-quote';
import { WriteAction } from '../../app/fund-access';

type Mode = 'add' | 'replace';

type Props = {
  batch: CollectionBatch;
  onSaved: (batch: CollectionBatch) => void;
  onProblem: (problem: string | undefined) => void;
  /** The member chosen in the entry who already has a line on this day, so the table can mark that line. */
  onDuplicate: (memberId: number | undefined) => void;
};

/**
 * One line typed at keyboard speed: member's number or name, Enter, months (selected, so a typed number
 * replaces the 1), Enter, amount (quoted by the backend, selected too), Enter — saved at once. Before it is
 * saved the line says which months it covers and what it costs. A member already on the day is said so, and the
 * collector chooses (arrow keys or Space, then Enter) whether these months add to that line or replace it.
 */
export function BatchEntry({ batch, onSaved, onProblem, onDuplicate }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<MemberRow[]>([]);
  const [member, setMember] = useState<MemberRow>();
  const [months, setMonths] = useState<number>(1);
  const [withEntryFee, setWithEntryFee] = useState(false);
  const [amount, setAmount] = useState('');
  const [mode, setMode] = useState<Mode>();
  const [isSaving, setSaving] = useState(false);
  const confirmAmount = useAmountConfirmation();
  const memberRef = useRef<GetRef<typeof AutoComplete>>(null);
  const monthsRef = useRef<GetRef<typeof InputNumber>>(null);
  const amountRef = useRef<HTMLDivElement>(null);
  const modeRef = useRef<HTMLDivElement>(null);
  const monthsSelect = useSelectOnKeyboardFocus();
  const amountSelect = useSelectOnKeyboardFocus();
  const existing: BatchLine | undefined = member ? batch.lines.find((line) => line.memberId === member.id) : undefined;
  const adding = existing !== undefined && mode === 'add';
  // Adding prices the line as a whole (a 12-month bundle stays a bundle); this entry brings the difference.
  const { quote, error: quoteError } = useQuote({
    memberId: member?.id ?? 0,
    receivedOn: member ? batch.collectedOn : undefined,
    monthCount: adding ? existing.monthCount + months : months,
    periods: [],
    includeEntryFee: adding ? existing.includeEntryFee || withEntryFee : withEntryFee,
  });
  const entrySatang = quote ? quote.totalSatang - (adding ? existing.amountSatang : 0) : undefined;

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
    if (entrySatang !== undefined) setAmount(formatBaht(entrySatang));
  }, [entrySatang]);

  useEffect(() => {
    onDuplicate(existing?.memberId);
  }, [existing?.memberId, onDuplicate]);

  useEffect(() => {
    onProblem(quoteError ? localized(quoteError.message) : undefined);
  }, [quoteError, onProblem]);

  function choose(memberId: string) {
    const chosen = options.find((row) => String(row.id) === memberId);
    if (!chosen) return;
    setMember(chosen);
    setMode(undefined);
    setQuery(`${chosen.memberNo} ${chosen.fullName}`);
    // A member already on the day: first the choice (arrow keys or Space, then Enter), then the months.
    const isOnDay = batch.lines.some((line) => line.memberId === chosen.id);
    setTimeout(() => (isOnDay ? focusMode() : monthsRef.current?.focus()), 0);
  }

  function focusMode() {
    const inputs = Array.from(modeRef.current?.querySelectorAll('input') ?? []);
    (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
  }

  async function save() {
    const amountSatang = parseBaht(amount);
    if (!member || isSaving) return;
    if (amountSatang === undefined) return onProblem(t('ui.form.badMoney'));
    setSaving(true);
    // An amount above the fund's ceiling is sent again only once the collector confirms it (issue 14 §11).
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['collection.setLine']({
        batchId: batch.id,
        memberId: member.id,
        monthCount: months,
        amountSatang,
        includeEntryFee: withEntryFee,
        isLargeAmountConfirmed,
        ...(mode ? { mode } : {}),
      }),
    );
    setSaving(false);
    if (!result.ok) {
      onProblem(localized(result.error.message));
      // A member already on the day: the choice is the next thing to answer.
      if (result.error.code === 'batch-line-exists') focusMode();
      return;
    }
    onSaved(result.value);
    setMember(undefined);
    setQuery('');
    setMonths(1);
    setWithEntryFee(false);
    setAmount('');
    setMode(undefined);
    onProblem(undefined);
    memberRef.current?.focus();
  }

  // Until the collector has said whether a second entry adds or replaces, what it covers is not yet known.
  const preview =
    quote && entrySatang !== undefined && quote.periods.length > 0 && (!existing || mode)
      ? adding
        ? t('ui.collection.coversAdded', {
            range: formatPeriodRanges(quote.periods),
            count: quote.periods.length,
            total: formatBaht(quote.totalSatang),
            amount: formatBaht(entrySatang),
          })
        : t('ui.collection.covers', {
            range: formatPeriodRanges(quote.periods),
            count: quote.periods.length,
            amount: formatBaht(quote.totalSatang),
          })
      : undefined;

  return (
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
          setMode(undefined);
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
        aria-label={t('fields.monthCount')}
        {...monthsSelect}
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
        <MoneyInput
          size="large"
          value={amount}
          onChange={setAmount}
          onPressEnter={() => void save()}
          data-testid="batch-amount"
          {...amountSelect}
        />
      </div>
      <WhyDisabled reason={member ? undefined : t('ui.whyDisabled.memberFirst')}>
        <WriteAction>
          <Button type="primary" size="large" onClick={() => void save()} disabled={!member} loading={isSaving} data-testid="batch-add">
            {t('ui.collection.addLine')}
          </Button>
        </WriteAction>
      </WhyDisabled>
      {preview && (
        <div className="batch-preview" data-testid="batch-preview">
          {preview}
        </div>
      )}
      {existing && (
        <Alert
          type="warning"
          showIcon
          className="batch-duplicate"
          data-testid="batch-duplicate"
          title={t('ui.collection.duplicate', {
            memberNo: existing.memberNo,
            count: existing.monthCount,
            amount: formatBaht(existing.amountSatang),
          })}
          description={
            <div
              ref={modeRef}
              onKeyDown={(event) => {
                if (event.key === 'Enter') monthsRef.current?.focus();
              }}
            >
              <Radio.Group
                value={mode}
                onChange={(event) => {
                  setMode(event.target.value as Mode);
                  onProblem(undefined);
                }}
                data-testid="batch-mode"
              >
                <Radio value="add" data-testid="batch-mode-add">
                  {t('ui.collection.modeAdd')}
                </Radio>
                <Radio value="replace" data-testid="batch-mode-replace">
                  {t('ui.collection.modeReplace')}
                </Radio>
              </Radio.Group>
            </div>
          }
        />
      )}
    </div>
  );
}
