import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundProfile, WelfareClaim, WelfareTypeView } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { bahtText } from '../../../shared/domain/money/baht-text';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { PrintableCard } from '../../components/PrintableCard';
import { NameText } from '../../components/print/NameText';
import { SignatureBlock } from '../../components/print/SignatureBlock';
import { officerSignature, usePrintSettings } from '../../components/print/use-print-settings';
import { explanationText, refusalText } from './explanation';
import { lineMark } from './ExplanationList';

/**
 * One claim's eligibility sheet (ใบตรวจสิทธิ์): why it is eligible or not, line by line and by which clause, with
 * the committee's decision and the vouchers — the paper filed with the claim and the minutes. Always in Thai.
 */
export function ClaimSheetPage({ claimId, navigate }: { claimId: number; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const [claim, setClaim] = useState<WelfareClaim>();
  const [type, setType] = useState<WelfareTypeView>();
  const [fund, setFund] = useState<FundProfile>();
  const settings = usePrintSettings();
  useEffect(() => {
    void api.fund['welfare.claim']({ claimId }).then((result) => result.ok && setClaim(result.value));
    void api.fund['fund.get']({}).then((result) => result.ok && setFund(result.value));
  }, [claimId]);
  useEffect(() => {
    if (claim)
      void api.fund['welfare.types']({}).then(
        (result) => result.ok && setType(result.value.find((candidate) => candidate.id === claim.typeId)),
      );
  }, [claim]);
  if (!claim || !fund) return <Spin />;
  const documents = (type && ruleInForce(type.versions, claim.eventDate)?.requiredDocuments) ?? [];
  const received = documents.filter((document) => claim.documentsReceived.includes(document.key)).map((document) => document.nameTh);
  const decision = claim.reversal
    ? th('ui.claimSheet.reversed', { date: formatDate(claim.reversal.reversedOn, 'th', 'long'), reason: claim.reversal.reason })
    : claim.state === 'rejected'
      ? claim.decisionRef
        ? th('ui.claimSheet.rejectedAt', { meetingRef: claim.decisionRef, reason: claim.rejectionReason ?? '' })
        : th('ui.claimSheet.rejected', { reason: claim.rejectionReason ?? '' })
      : claim.decisionRef
        ? th('ui.claimSheet.approved', { meetingRef: claim.decisionRef })
        : th('ui.approvals.meeting');
  const rows: [string, ReactNode][] = [
    [th('fields.claimNo'), claim.claimNo],
    [th('ui.approvals.member'), <NameText key="member" name={`${claim.member.memberNo} ${claim.member.name} ${claim.member.village}`} />],
    [th('fields.typeId'), claim.typeName.th],
    [th('fields.eventDate'), formatDate(claim.eventDate, 'th', 'long')],
    [th('fields.recipient'), th(`ui.welfare.words.${claim.recipientKind}`)],
    ...(claim.units !== null ? ([[th('fields.units'), String(claim.units)]] as [string, string][]) : []),
    [th('fields.documentsReceived'), received.length > 0 ? received.join(', ') : '—'],
  ];
  return (
    <PrintableCard
      title={t('ui.claimSheet.screenTitle', { claimNo: claim.claimNo })}
      printTestId="print-claim"
      onBack={() => navigate({ page: 'welfare' })}
    >
      <div className="receipt-paper" data-testid="claim-sheet">
        <h2>{th('ui.claimSheet.title')}</h2>
        <div style={{ textAlign: 'center' }}>
          <NameText name={fund.name} />
        </div>
        <table>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th style={{ width: 200, textAlign: 'left' }}>{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <strong>{th('ui.claimSheet.checks')}</strong>
        <ol style={{ marginTop: 6 }}>
          {claim.decision.lines.map((line, index) => (
            <li key={index}>
              {lineMark(line)}
              {explanationText(line, 'th')}
            </li>
          ))}
        </ol>
        <p>
          <strong>
            {claim.amountSatang > 0
              ? th('ui.claimSheet.result', { amount: formatBaht(claim.amountSatang), words: bahtText(claim.amountSatang) })
              : th('ui.welfare.notEligibleBecause', { reason: refusalText(claim.decision, 'th') })}
          </strong>
        </p>
        <p>{decision}</p>
        {claim.payments.map((payment) => (
          <div key={payment.voucherId}>
            {th('ui.claimSheet.payment', {
              voucherNo: payment.voucherNo,
              payee: payment.payeeName,
              net: formatBaht(payment.netSatang),
              date: formatDate(payment.paidOn, 'th'),
            })}
          </div>
        ))}
        <SignatureBlock
          signatures={[
            officerSignature(settings, 'checker', th('ui.claimSheet.checker')),
            officerSignature(settings, 'chair', th('ui.claimSheet.chair')),
          ]}
        />
      </div>
    </PrintableCard>
  );
}
