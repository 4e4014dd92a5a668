import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchLine, CollectionBatch } from '../../../shared/api/fund-types';
import { formatPeriodRanges } from '../../../shared/domain/documents/period-ranges';
import { formatBaht } from '../../../shared/domain/money/money-format';
import type { Navigate } from '../../app/route';
import { WriteAction } from '../../app/fund-access';

type Props = {
  batch: CollectionBatch;
  /** The member being entered again, whose line is marked so the collector sees which line she is changing. */
  duplicateMemberId: number | undefined;
  onRemove: (lineId: number) => void;
  navigate: Navigate;
};

/** A collection day's lines, newest first while it is typed; once posted, each line opens its receipt. */
export function BatchLinesTable({ batch, duplicateMemberId, onRemove, navigate }: Props) {
  const { t } = useTranslation();
  const isDraft = batch.state === 'draft';
  const newestFirst = [...batch.lines].reverse();
  return (
    <Table<BatchLine>
      rowKey="id"
      size="small"
      dataSource={newestFirst}
      pagination={false}
      scroll={{ y: 380 }}
      virtual
      data-testid="batch-lines"
      rowClassName={(line) => (line.memberId === duplicateMemberId ? 'batch-line-duplicate' : '')}
      locale={{ emptyText: t('ui.collection.noLines') }}
      columns={[
        { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
        { title: t('fields.fullName'), dataIndex: 'memberName', ellipsis: true },
        {
          title: t('fields.periods'),
          dataIndex: 'periods',
          width: 230,
          render: (periods: string[]) => (periods.length === 0 ? '' : formatPeriodRanges(periods)),
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
        isDraft
          ? {
              title: '',
              key: 'remove',
              width: 90,
              render: (_value: unknown, line: BatchLine) => (
                <WriteAction>
                  <Button size="small" onClick={() => onRemove(line.id)} data-testid={`batch-remove-${line.memberNo}`}>
                    {t('ui.common.remove')}
                  </Button>
                </WriteAction>
              ),
            }
          : {
              title: t('ui.contributions.receiptNo'),
              key: 'receipt',
              width: 170,
              render: (_value: unknown, line: BatchLine) =>
                line.receiptId !== null ? (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => navigate({ page: 'receipt', receiptId: line.receiptId ?? 0, from: 'collection' })}
                    data-testid={`batch-receipt-${line.memberNo}`}
                  >
                    {line.receiptNo}
                  </Button>
                ) : null,
            },
      ]}
    />
  );
}
