import { Modal, Table, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingRound, MatchingRoundMember } from '../../../shared/api/grant-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { usePagedRows } from '../../components/use-paged-rows';

/** The members a matching round counted (Decision 15), by village and name, a page at a time. */
export function RoundMembersModal({ round, onClose, navigate }: { round: MatchingRound; onClose: () => void; navigate: Navigate }) {
  const { t } = useTranslation();
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      api.fund['grants.round']({ roundId: round.id, offset, limit }).then((result) =>
        result.ok ? { ok: true as const, value: { rows: result.value.members, total: result.value.total, offset } } : result,
      ),
    [round.id],
  );
  const { rows, isLoading, onScroll } = usePagedRows(fetchPage, 200, 200);
  const place = (moo: number | null, village: string) =>
    moo === null ? village || t('ui.reports.matching.noVillage') : t('ui.reports.matching.village', { moo, village }).trim();

  return (
    <Modal open width={760} footer={null} onCancel={onClose} title={t('ui.grants.roundTitle', { roundNo: round.roundNo })}>
      <Typography.Paragraph data-testid="round-summary">
        {t('ui.grants.roundSummary', {
          year: toBuddhistYear(round.cutoffYear),
          counted: round.membersCounted,
          known: round.membersKnown,
        })}
      </Typography.Paragraph>
      <Table<MatchingRoundMember>
        data-testid="round-members"
        className="clickable-rows"
        rowKey="memberId"
        size="small"
        virtual
        scroll={{ y: 400 }}
        pagination={false}
        loading={isLoading && rows.length === 0}
        dataSource={rows}
        onScroll={onScroll}
        locale={{ emptyText: isLoading ? ' ' : t('ui.grants.noMembersKnown') }}
        onRow={(row) => ({ onClick: () => navigate({ page: 'member', memberId: row.memberId }) })}
        columns={[
          { title: t('ui.members.memberNo'), dataIndex: 'memberNo', width: 110 },
          { title: t('fields.fullName'), dataIndex: 'fullName', ellipsis: true },
          { title: t('ui.reports.matching.place'), key: 'place', width: 240, render: (_value, row) => place(row.moo, row.village) },
        ]}
      />
    </Modal>
  );
}
