import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { CitationFields } from '../meetings/CitationFields';
import { ExplanationList } from './ExplanationList';

type Props = { claim: WelfareClaim; action: 'approve' | 'reject'; onClose: () => void; onDecided: () => void };

/**
 * The committee approves (with its meeting reference) or rejects (with a reason) with the engine's explanation in
 * front of it (issue 3) and, for a member's death, what settling it takes: the payee to be named, the net the
 * family receives after the arrears kept back (issue 14). The explanation scrolls inside the dialog, so the
 * labelled field and the buttons stay on a 1366×768 screen.
 */
export function DecideClaimModal({ claim, action, onClose, onDecided }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [form] = Form.useForm<{ text?: string; resolutionId?: number | null }>();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const settlement = claim.settlement;

  async function decide() {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    const text = values.text?.trim() ?? '';
    const resolutionId = values.resolutionId ?? null;
    const result =
      action === 'approve'
        ? await api.fund['welfare.approveClaim']({ claimId: claim.id, resolutionId, meetingRef: text })
        : await api.fund['welfare.rejectClaim']({ claimId: claim.id, resolutionId, reason: text });
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { meetingRef: 'text', reason: 'text' } }))
        setProblem(localized(result.error.message));
      return;
    }
    onDecided();
  }

  return (
    <Modal
      open
      centered
      width={720}
      // On a 1366×768 laptop a long explanation must never push the buttons off the screen: the body scrolls.
      styles={{ body: { maxHeight: 'calc(100vh - 160px)', overflowY: 'auto' } }}
      title={`${t(`ui.welfare.${action}`)} — ${claim.claimNo}`}
      onCancel={onClose}
      onOk={() => void decide()}
      okText={t(`ui.welfare.${action}`)}
      okButtonProps={{ loading: isBusy, danger: action === 'reject', 'data-testid': 'claim-confirm' }}
    >
      <Typography.Paragraph strong>
        {t('ui.welfareRegister.decision', {
          member: claim.member.name,
          type: language === 'en' ? claim.typeName.en : claim.typeName.th,
          amount: formatBaht(claim.amountSatang),
        })}
      </Typography.Paragraph>
      {settlement && settlement.deductedSatang > 0 && (
        <Typography.Paragraph data-testid="claim-prompt-net">
          {t('ui.welfareRegister.net', {
            net: formatBaht(settlement.netSatang),
            gross: formatBaht(settlement.grossSatang),
            deducted: formatBaht(settlement.deductedSatang),
          })}
        </Typography.Paragraph>
      )}
      {settlement?.payeeToBeNamed && (
        <Alert
          type="warning"
          showIcon
          title={t('ui.welfareRegister.payeeToName')}
          style={{ marginBottom: 12 }}
          data-testid="claim-prompt-payee"
        />
      )}
      <div style={{ maxHeight: '30vh', overflowY: 'auto', marginBottom: 12 }}>
        <ExplanationList lines={claim.decision.lines} testId="claim-prompt-explanation" />
      </div>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="claim-prompt-problem" />}
      <Form form={form} layout="vertical" onFinish={() => void decide()}>
        {action === 'approve' ? (
          <CitationFields
            targetKind="claim-decision"
            resolutionField="resolutionId"
            wordsField="text"
            wordsLabel={t('ui.welfare.promptLabels.approve')}
            testId="claim-prompt"
          />
        ) : (
          <>
            <CitationFields targetKind="claim-decision" resolutionField="resolutionId" testId="claim-prompt" />
            <Form.Item
              name="text"
              label={t('ui.welfare.promptLabels.reject')}
              rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
              style={{ marginBottom: 0 }}
            >
              <Input placeholder={t('ui.welfare.promptPlaceholders.reject')} maxLength={300} data-testid="claim-prompt-text" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
