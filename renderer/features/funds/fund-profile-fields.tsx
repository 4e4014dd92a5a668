import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { thaiMonthNames, englishMonthNames } from '../../../shared/domain/buddhist-date';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';

/** The fund profile fields, shared by "create a fund" and the settings page. */
export function FundProfileFields({ withOpenedOn }: { withOpenedOn: boolean }) {
  const { t, i18n } = useTranslation();
  const months = i18n.language === 'en' ? englishMonthNames.long : thaiMonthNames.long;
  const required = { required: true, message: t('ui.form.required') };
  const dateRule = isoDateRule(t('ui.form.badDate'));
  return (
    <>
      <Form.Item name="name" label={t('fields.name')} rules={[required]}>
        <Input data-testid="fund-name-input" placeholder={t('ui.fund.namePlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="fundCode" label={t('fields.fundCode')} extra={t('ui.fund.codeHint')}>
            <Input data-testid="fund-code-input" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="level" label={t('fields.level')} rules={[required]}>
            <Select
              data-testid="fund-level-input"
              options={(['tambon', 'municipality', 'district'] as const).map((level) => ({ value: level, label: t(`ui.fund.levels.${level}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {(['province', 'district', 'subdistrict'] as const).map((area) => (
          <Col span={8} key={area}>
            <Form.Item name={`${area}Name`} label={t(`fields.${area}Name`)} rules={[required]}>
              <Input data-testid={`fund-${area}-input`} />
            </Form.Item>
            <Form.Item name={`${area}Code`} label={t(`fields.${area}Code`)}>
              <Input data-testid={`fund-${area}-code-input`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="address" label={t('fields.address')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="postcode" label={t('fields.postcode')}>
            <Input maxLength={5} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="foundedOn" label={t('fields.foundedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="fund-founded-input" />
          </Form.Item>
        </Col>
        {withOpenedOn && (
          <Col span={8}>
            <Form.Item name="openedOn" label={t('fields.openedOn')} rules={[required, dateRule]} extra={t('ui.fund.openedHint')}>
              <BuddhistDateInput data-testid="fund-opened-input" />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item name="fiscalYearStartMonth" label={t('fields.fiscalYearStartMonth')}>
            <Select options={months.map((month, index) => ({ value: index + 1, label: month }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
