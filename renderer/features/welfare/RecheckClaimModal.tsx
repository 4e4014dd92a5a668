import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareClaim, WelfareTypeView } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import { api } from '../../api/client';
import { localized } from '../../components/api-errors';
import { refusalText } from './explanation';
import { ExplanationList } from './ExplanationList';

type Props = { claim: WelfareClaim; type: WelfareTypeView | undefined; onClose: () => void; onChecked: () => void };

/** Documents arrived since the claim was recorded: tick them and the engine judges the claim again. */
export function RecheckClaimModal({ claim, type, onClose, onChecked }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const documents = (type && ruleInForce(type.versions, claim.eventDate)?.requiredDocuments) ?? [];
  const [received, setReceived] = useState<string[]>(claim.documentsReceived);
  const [result, setResult] = useState<WelfareClaim>();
  const [problem, setProblem] = useState<string>();

  async function recheck() {
    const checked = await api.fund['welfare.recheckClaim']({ claimId: claim.id, documentsReceived: received });
    if (!checked.ok) return setProblem(localized(checked.error.message));
    setProblem(undefined);
    setResult(checked.value);
    onChecked();
  }

  return (
    <Modal
      open
      title={t('ui.welfareRecheck.title', { claimNo: claim.claimNo })}
      onCancel={onClose}
      onOk={() => (result ? onClose() : void recheck())}
      okText={result ? t('ui.welfareRecheck.close') : t('ui.welfareRecheck.confirm')}
      okButtonProps={{ 'data-testid': 'recheck-confirm' }}
    >
      <Typography.Paragraph>{t('ui.welfareRecheck.documents')}</Typography.Paragraph>
      <Checkbox.Group
        value={received}
        onChange={(values) => setReceived(values)}
        options={documents.map((document) => ({ value: document.key, label: language === 'en' ? document.nameEn : document.nameTh }))}
        style={{ display: 'flex', flexDirection: 'column', gap: 6, marginBottom: 12 }}
        data-testid="recheck-documents"
      />
      {problem && <Alert type="error" showIcon title={problem} />}
      {result && (
        <div data-testid="recheck-result">
          <Typography.Title level={5} type={result.amountSatang > 0 ? 'success' : 'danger'}>
            {result.amountSatang > 0
              ? t('ui.welfare.eligible', { amount: formatBaht(result.amountSatang) })
              : t('ui.welfare.notEligibleBecause', { reason: refusalText(result.decision) })}
          </Typography.Title>
          <ExplanationList lines={result.decision.lines} />
        </div>
      )}
    </Modal>
  );
}
