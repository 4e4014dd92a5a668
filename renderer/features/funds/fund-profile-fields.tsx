import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FundLevel } from '../../../shared/api/fund-types';
import { englishMonthNames, thaiMonthNames } from '../../../shared/domain/buddhist-date';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';

/** The fund profile as the form holds it: the contract's profile input, dates already ISO. */
export type FundProfileFormValues = {
  name: string;
  fundCode?: string;
  level: FundLevel;
  provinceName: string;
  provinceCode?: string;
  districtName: string;
  districtCode?: string;
  subdistrictName: string;
  subdistrictCode?: string;
  address?: string;
  postcode?: string;
  foundedOn: string;
  openedOn?: string;
  fiscalYearStartMonth: number;
};

const areas = [
  { area: 'province', digits: 2 },
  { area: 'district', digits: 4 },
  { area: 'subdistrict', digits: 6 },
] as const;

/** The fund profile fields, shared by "create a fund" and the settings page; checks mirror the contract's. */
export function FundProfileFields({ withOpenedOn }: { withOpenedOn: boolean }) {
  const { t, i18n } = useTranslation();
  const months = i18n.language === 'en' ? englishMonthNames.long : thaiMonthNames.long;
  const required = { required: true, whitespace: true, message: t('ui.form.required') };
  const dateRule = isoDateRule(t('ui.form.badDate'));
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('fields.name')} rules={[required]}>
            <Input data-testid="fund-name-input" placeholder={t('ui.fund.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="level" label={t('fields.level')} rules={[{ required: true, message: t('ui.form.required') }]}>
            <Select
              data-testid="fund-level-input"
              options={(['tambon', 'municipality', 'district'] as const).map((level) => ({
                value: level,
                label: t(`ui.fund.levels.${level}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="fundCode" label={t('fields.fundCode')} extra={t('ui.fund.codeHint')}>
        <Input data-testid="fund-code-input" style={{ maxWidth: 320 }} />
      </Form.Item>
      <Row gutter={16}>
        {areas.map(({ area, digits }) => (
          <Col xs={24} md={8} key={area}>
            <Form.Item name={`${area}Name`} label={t(`fields.${area}Name`)} rules={[required]}>
              <Input data-testid={`fund-${area}-input`} />
            </Form.Item>
            <Form.Item
              name={`${area}Code`}
              label={t(`fields.${area}Code`)}
              rules={[{ pattern: new RegExp(`^(\\d{${digits}})?$`), message: t('ui.fund.codeDigits', { count: digits }) }]}
            >
              <Input data-testid={`fund-${area}-code-input`} maxLength={digits} inputMode="numeric" placeholder={t('ui.form.optional')} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="address" label={t('fields.address')}>
            <Input data-testid="fund-address-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="postcode" label={t('fields.postcode')} rules={[{ pattern: /^(\d{5})?$/, message: t('ui.form.badPostcode') }]}>
            <Input data-testid="fund-postcode-input" maxLength={5} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="foundedOn" label={t('fields.foundedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="fund-founded-input" />
          </Form.Item>
        </Col>
        {withOpenedOn && (
          <Col xs={24} md={8}>
            <Form.Item name="openedOn" label={t('fields.openedOn')} rules={[required, dateRule]} extra={t('ui.fund.openedHint')}>
              <BuddhistDateInput data-testid="fund-opened-input" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item name="fiscalYearStartMonth" label={t('fields.fiscalYearStartMonth')}>
            <Select data-testid="fund-fiscal-month-input" options={months.map((month, index) => ({ value: index + 1, label: month }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
