import { App as AntApp, Button, Card, Empty, Input, Modal, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim, WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { isWelfareCategory, welfareCategoryInfo } from '../../../shared/domain/welfare/categories';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { localized } from '../../components/api-errors';
import { newRequestId, todayIso } from '../../components/today';
import { ClaimForm } from './ClaimForm';
import { SummaryCard } from './SummaryCard';

const stateColors: Record<string, string> = { pending: 'gold', approved: 'blue', rejected: 'default', paid: 'green' };

/** Welfare by the fund's bylaws: its types (from a template), claims with the engine's explanation, approval, payment. */
export function WelfarePage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [types, setTypes] = useState<WelfareTypeView[]>([]);
  const [claims, setClaims] = useState<WelfareClaim[]>([]);
  const [prompt, setPrompt] = useState<{ claim: WelfareClaim; action: 'approve' | 'reject' | 'pay' }>();
  const [text, setText] = useState('');
  const [revision, setRevision] = useState(0);
  const payRequest = useRef(newRequestId());
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const [typeResult, claimResult] = await Promise.all([api.fund['welfare.types']({}), api.fund['welfare.claims']({ limit: 200 })]);
    if (typeResult.ok) setTypes(typeResult.value);
    if (claimResult.ok) setClaims(claimResult.value.rows);
    setRevision((value) => value + 1);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function useTemplate() {
    const fund = await api.fund['fund.get']({});
    if (!fund.ok) return;
    const result = await api.fund['welfare.applyTemplate']({ templateKey: 'one-baht-a-day', effectiveFrom: fund.value.openedOn });
    if (!result.ok) return void message.error(localized(result.error.message));
    setTypes(result.value);
  }

  async function confirm() {
    if (!prompt) return;
    const { claim, action } = prompt;
    const result =
      action === 'approve'
        ? await api.fund['welfare.approveClaim']({ claimId: claim.id, meetingRef: text })
        : action === 'reject'
          ? await api.fund['welfare.rejectClaim']({ claimId: claim.id, reason: text })
          : await api.fund['welfare.payClaim']({ claimId: claim.id, requestId: payRequest.current, paidOn: todayIso(), payeeName: text });
    if (!result.ok) return void modal.error({ title: localized(result.error.message) });
    setPrompt(undefined);
    setText('');
    if (action === 'pay' && result.value.voucherId !== null) {
      payRequest.current = newRequestId();
      return navigate({ page: 'voucher', voucherId: result.value.voucherId, from: 'welfare' });
    }
    void reload();
  }

  return (
    <>
      <Card title={t('ui.welfare.types')} style={{ marginBottom: 16 }}>
        {types.length === 0 ? (
          <Empty description={t('ui.welfare.noTypes')}>
            <Button type="primary" onClick={() => void useTemplate()} data-testid="welfare-template">{t('ui.welfare.useTemplate')}</Button>
          </Empty>
        ) : (
          <Table<WelfareTypeView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={types}
            columns={[
              { title: t('fields.typeId'), key: 'name', render: (_value, type) => (language === 'en' ? type.nameEn : type.nameTh) },
              {
                title: t('ui.welfare.category'),
                dataIndex: 'category',
                width: 220,
                render: (value: string) => (isWelfareCategory(value) ? (language === 'en' ? welfareCategoryInfo(value).nameEn : welfareCategoryInfo(value).nameTh) : value),
              },
              { title: t('fields.effectiveFrom'), key: 'from', width: 160, render: (_value, type) => type.versions.map((version) => formatDate(version.effectiveFrom, language)).join(', ') },
              { title: t('ui.welfare.waiting'), key: 'waiting', width: 140, render: (_value, type) => t('ui.welfare.days', { count: type.versions[type.versions.length - 1]?.waitingDays ?? 0 }) },
            ]}
          />
        )}
      </Card>
      {types.length > 0 && <ClaimForm types={types} onRecorded={() => void reload()} />}
      <Card title={t('ui.welfare.claims')}>
        <Table<WelfareClaim>
          rowKey="id"
          size="middle"
          dataSource={claims}
          data-testid="welfare-claims"
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('fields.eventDate'), dataIndex: 'eventDate', width: 130, render: (value: string) => formatDate(value, language) },
            { title: t('fields.typeId'), key: 'type', render: (_value, claim) => (language === 'en' ? claim.typeName.en : claim.typeName.th) },
            { title: t('fields.memberId'), dataIndex: 'memberId', width: 90 },
            { title: t('fields.amountSatang'), dataIndex: 'amountSatang', width: 130, align: 'right', render: (value: number) => formatBaht(value) },
            { title: t('fields.status'), dataIndex: 'state', width: 130, render: (value: string) => <Tag color={stateColors[value]}>{t(`ui.welfare.states.${value}`)}</Tag> },
            {
              title: '',
              key: 'actions',
              width: 260,
              render: (_value, claim) => (
                <Space>
                  {claim.state === 'pending' && claim.amountSatang > 0 && <Button size="small" onClick={() => setPrompt({ claim, action: 'approve' })} data-testid={`claim-approve-${claim.id}`}>{t('ui.welfare.approve')}</Button>}
                  {claim.state === 'pending' && <Button size="small" danger onClick={() => setPrompt({ claim, action: 'reject' })}>{t('ui.welfare.reject')}</Button>}
                  {claim.state === 'approved' && <Button size="small" type="primary" onClick={() => setPrompt({ claim, action: 'pay' })} data-testid={`claim-pay-${claim.id}`}>{t('ui.welfare.pay')}</Button>}
                  {claim.voucherId !== null && <Button size="small" type="link" onClick={() => navigate({ page: 'voucher', voucherId: claim.voucherId ?? 0, from: 'welfare' })}>{t('ui.voucher.title')}</Button>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <SummaryCard revision={revision} />
      <Modal open={prompt !== undefined} title={prompt ? t(`ui.welfare.prompts.${prompt.action}`) : ''} onCancel={() => setPrompt(undefined)} onOk={() => void confirm()} okButtonProps={{ disabled: text.trim() === '', 'data-testid': 'claim-confirm' } as { disabled: boolean }}>
        <Input value={text} onChange={(event) => setText(event.target.value)} data-testid="claim-prompt-text" />
      </Modal>
    </>
  );
}
