import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countInput, moneyField } from './rule-fields';
import { WhyDisabled } from '../../components/WhyDisabled';

/** Amount tiers by completed years of membership, each optionally "+X per year beyond N". */
export function TierFields() {
  const { t } = useTranslation();
  return (
    <Form.List name={['amount', 'tiers']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            // Labels on the first row only: the tiers read as one table, not seven repeated forms.
            const label = (key: string) => (index === 0 ? t(`ui.welfareRules.form.${key}`) : undefined);
            return (
              <Row gutter={12} key={field.key} align="bottom" data-testid={`rule-tier-${field.name}`}>
                <Col span={5}>
                  {countInput([field.name, 'fromYears'], label('fromYears'), {
                    rules: [{ required: true, message: t('ui.form.required') }],
                  })}
                </Col>
                <Col span={6}>{moneyField([field.name, 'amountSatang'], label('tierAmount'), t, { isRequired: true })}</Col>
                <Col span={6}>{moneyField([field.name, 'extraPerYear', 'amountSatang'], label('extraAmount'), t)}</Col>
                <Col span={5}>{countInput([field.name, 'extraPerYear', 'beyondYears'], label('beyondYears'))}</Col>
                <Col span={2}>
                  <Form.Item>
                    <WhyDisabled reason={fields.length === 1 ? t('ui.whyDisabled.lastRow') : undefined}>
                      <Button type="link" danger disabled={fields.length === 1} onClick={() => remove(field.name)}>
                        {t('ui.common.remove')}
                      </Button>
                    </WhyDisabled>
                  </Form.Item>
                </Col>
              </Row>
            );
          })}
          <Button onClick={() => add({ fromYears: null, amountSatang: '' })} style={{ marginBottom: 16 }}>
            {t('ui.welfareRules.form.addTier')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Documents the claimant brings; an empty key is made from the English name when the form is sent. */
export function DocumentFields() {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('ui.form.required') }];
  return (
    <Form.List name="requiredDocuments">
      {(fields, { add, remove }) => (
        <>
          <Typography.Text strong>{t('ui.welfareRules.labels.documents')}</Typography.Text>
          {fields.map((field) => (
            <Row gutter={12} key={field.key} align="middle" style={{ marginTop: 8 }}>
              <Col span={9}>
                <Form.Item name={[field.name, 'nameTh']} label={t('ui.welfareRules.form.documentTh')} rules={required}>
                  <Input maxLength={120} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={[field.name, 'nameEn']} label={t('ui.welfareRules.form.documentEn')} rules={required}>
                  <Input maxLength={120} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item
                  name={[field.name, 'key']}
                  label={t('ui.welfareRules.form.documentKey')}
                  tooltip={t('ui.welfareRules.form.documentKeyHint')}
                >
                  <Input maxLength={40} placeholder={t('ui.form.optional')} />
                </Form.Item>
              </Col>
              <Col span={2}>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  {t('ui.common.remove')}
                </Button>
              </Col>
            </Row>
          ))}
          <div>
            <Button onClick={() => add({ key: '', nameTh: '', nameEn: '' })} style={{ marginTop: 8 }}>
              {t('ui.welfareRules.form.addDocument')}
            </Button>
          </div>
        </>
      )}
    </Form.List>
  );
}
