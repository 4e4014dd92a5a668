import { Col, Divider, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { consentMethods } from '../../../shared/domain/privacy/consent';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { todayIso } from '../../components/today';
import type { ConsentFormValues } from './member-form-values';

/**
 * The member's consent to the fund keeping her personal data (PDPA; issue 20 §3): given or refused, the day and
 * how it was recorded (a signed paper form and its number, in person, another way), or not recorded yet for a
 * member from before the app asked. Shared by registration, an application and an edit (a new version).
 */
export function ConsentFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const answer = Form.useWatch<ConsentFormValues['answer']>(['consent', 'answer']);
  const isAnswered = answer === 'given' || answer === 'refused';
  const required = { required: true, message: t('ui.form.required') };

  function answered(next: ConsentFormValues['answer']) {
    // A first answer starts from today and the paper form, as most funds record it; the treasurer may change both.
    if ((next === 'given' || next === 'refused') && !form.getFieldValue(['consent', 'recordedOn'])) {
      form.setFieldValue(['consent', 'recordedOn'], todayIso());
      form.setFieldValue(['consent', 'method'], 'paper-form');
    }
  }

  return (
    <>
      <Divider titlePlacement="start">{t('ui.privacy.consent.title')}</Divider>
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item name={['consent', 'answer']} extra={t('ui.privacy.consent.hint')}>
            <Radio.Group onChange={(event) => answered(event.target.value as ConsentFormValues['answer'])} data-testid="consent-answer">
              <Radio value="given" data-testid="consent-given">
                {t('ui.privacy.consent.given')}
              </Radio>
              <Radio value="refused" data-testid="consent-refused">
                {t('ui.privacy.consent.refused')}
              </Radio>
              <Radio value="none" data-testid="consent-none">
                {t('ui.privacy.consent.none')}
              </Radio>
            </Radio.Group>
          </Form.Item>
        </Col>
        {isAnswered && (
          <>
            <Col xs={24} md={8}>
              <Form.Item
                name={['consent', 'recordedOn']}
                label={t('fields.recordedOn')}
                rules={[required, isoDateRule(t('ui.form.badDate'))]}
              >
                <BuddhistDateInput data-testid="consent-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['consent', 'method']} label={t('ui.privacy.consent.method')} rules={[required]}>
                <Select
                  data-testid="consent-method"
                  options={consentMethods.map((method) => ({ value: method, label: t(`documents.memberData.consentMethods.${method}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['consent', 'formNo']} label={t('fields.formNo')}>
                <Input maxLength={40} data-testid="consent-form-no" />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </>
  );
}
