import { App as AntApp, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from './i18n';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <Segmented
      data-testid="language-switch"
      value={i18n.language}
      options={[
        { label: t('ui.language.th'), value: 'th' },
        { label: t('ui.language.en'), value: 'en' },
      ]}
      // English is a chunk of its own: if it cannot be fetched the screen stays in Thai and says why.
      onChange={(value) => void switchLanguage(value as Language).catch(() => message.error(t('ui.loading.failedTitle')))}
    />
  );
}
