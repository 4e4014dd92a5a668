import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from './i18n';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented
      data-testid="language-switch"
      value={i18n.language}
      options={[
        { label: t('ui.language.th'), value: 'th' },
        { label: t('ui.language.en'), value: 'en' },
      ]}
      onChange={(value) => switchLanguage(value as Language)}
    />
  );
}
