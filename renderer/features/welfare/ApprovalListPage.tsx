import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow } from '../../../shared/api/application-types';
import type { FundProfile, WelfareClaim } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { PrintableCard } from '../../components/PrintableCard';
import { NameText } from '../../components/print/NameText';
import { PageSize } from '../../components/print/PageSize';
import { SignatureRow } from '../../components/print/SignatureBlock';
import { officerSignature, usePrintSettings } from '../../components/print/use-print-settings';
import { todayIso } from '../../components/today';
import { settleConditionCodes } from '../../../shared/domain/welfare/settle-payout';
import { explanationText } from './explanation';
import { lineMark } from './ExplanationList';
import { AgendaFromClaims } from './AgendaFromClaims';

/** The most claims one meeting paper lists; a committee with more pending prints again after deciding these. */
const perPaper = 500;

/**
 * The conditions a claim fails, and those to settle before paying (the payee the committee must name), in Thai,
 * as the engine explained them; empty when there are none.
 */
function conditions(claim: WelfareClaim): string {
  return claim.decision.lines
    .filter((line) => line.passed === false || settleConditionCodes.includes(line.code))
    .map((line) => `${lineMark(line)}${explanationText(line, 'th')}`)
    .join(' ');
}

/**
 * The committee's meeting paper: every claim waiting for a decision, with what the bylaws give and why, a
 * column for the decision, and signature lines. Always in Thai, like the other printed papers (Decision 20).
 */
export function ApprovalListPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const [claims, setClaims] = useState<WelfareClaim[]>();
  const [applicants, setApplicants] = useState<ApplicationRow[]>();
  const [fund, setFund] = useState<FundProfile>();
  const settings = usePrintSettings();
  useEffect(() => {
    void api.fund['welfare.claims']({ state: 'pending', limit: perPaper }).then(
      (result) => result.ok && setClaims([...result.value.rows].reverse()),
    );
    void api.fund['applications.list']({ state: 'waiting', limit: perPaper }).then(
      (result) => result.ok && setApplicants(result.value.rows),
    );
    void api.fund['fund.get']({}).then((result) => result.ok && setFund(result.value));
  }, []);
  if (!claims || !applicants || !fund) return <Spin />;
  const total = claims.reduce((sum, claim) => sum + claim.amountSatang, 0);
  return (
    <PrintableCard
      title={t('ui.approvals.screenTitle', { count: claims.length })}
      printTestId="print-approvals"
      onBack={() => navigate({ page: 'welfare' })}
    >
      {/* A wide list: A4 turned sideways, so each claim takes a line or two. */}
      <PageSize size="A4 landscape" />
      <AgendaFromClaims claims={claims} applicants={applicants} />
      <div className="receipt-paper approval-paper" data-testid="approval-paper">
        <h2>{th('ui.approvals.title')}</h2>
        <div style={{ textAlign: 'center' }}>
          <NameText name={fund.name} />
        </div>
        <div style={{ textAlign: 'center', color: '#555' }}>{th('ui.approvals.asOf', { date: formatDate(todayIso(), 'th', 'long') })}</div>
        {applicants.length > 0 && (
          <>
            <strong>{th('ui.approvals.applicants')}</strong>
            <table data-testid="approval-applicants">
              <thead>
                <tr>
                  <th style={{ width: 40 }}>{th('ui.receipt.line')}</th>
                  <th>{th('fields.fullName')}</th>
                  <th>{th('fields.appliedOn')}</th>
                  <th>{th('ui.members.villageColumn')}</th>
                  <th style={{ width: 120 }}>{th('ui.approvals.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {applicants.map((applicant, index) => (
                  <tr key={applicant.id}>
                    <td style={{ textAlign: 'center' }}>{index + 1}</td>
                    <td>
                      <NameText name={applicant.fullName} />
                    </td>
                    <td>{formatDate(applicant.appliedOn, 'th')}</td>
                    <td>{applicant.village}</td>
                    <td>
                      ☐ {th('ui.applicationForm.admit')}
                      <br />☐ {th('ui.applicationForm.refuse')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <strong>{th('ui.approvals.claims')}</strong>
          </>
        )}
        <table>
          <thead>
            <tr>
              <th style={{ width: 40 }}>{th('ui.receipt.line')}</th>
              <th>{th('ui.approvals.claim')}</th>
              <th>{th('ui.approvals.member')}</th>
              <th>{th('ui.approvals.reasons')}</th>
              <th style={{ width: 110 }}>{th('ui.approvals.amount')}</th>
              <th style={{ width: 120 }}>{th('ui.approvals.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim, index) => (
              <tr key={claim.id}>
                <td style={{ textAlign: 'center' }}>{index + 1}</td>
                <td>
                  {claim.claimNo}
                  <br />
                  {claim.typeName.th}
                  <br />
                  {formatDate(claim.eventDate, 'th')}
                </td>
                <td>
                  {claim.member.memberNo} <NameText name={claim.member.name} />
                  <br />
                  {claim.member.village}
                </td>
                <td style={{ fontSize: '0.85em' }}>{conditions(claim) || th('ui.approvals.allMet')}</td>
                <td className="money">
                  {claim.decision.eligible ? formatBaht(claim.amountSatang) : th('ui.welfare.notEligibleShort')}
                  {/* What the family receives after the arrears kept back (issue 14), not only the gross. */}
                  {claim.settlement && claim.settlement.deductedSatang > 0 && (
                    <div style={{ fontSize: '0.85em' }}>{th('ui.approvals.net', { net: formatBaht(claim.settlement.netSatang) })}</div>
                  )}
                </td>
                <td>
                  ☐ {th('ui.welfare.approve')}
                  <br />☐ {th('ui.welfare.reject')}
                </td>
              </tr>
            ))}
            <tr className="keep-with-previous">
              <td colSpan={4} style={{ textAlign: 'right' }}>
                <strong>{th('ui.receipt.total')}</strong>
              </td>
              <td className="money">
                <strong>{formatBaht(total)}</strong>
              </td>
              <td />
            </tr>
            <SignatureRow
              columns={6}
              signatures={(['chair', 'treasurer', 'secretary'] as const).map((role) =>
                officerSignature(settings, role, th(`ui.approvals.${role}`)),
              )}
            >
              <div>{th('ui.approvals.meeting')}</div>
            </SignatureRow>
          </tbody>
        </table>
      </div>
    </PrintableCard>
  );
}
