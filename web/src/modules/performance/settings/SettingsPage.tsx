/**
 * Pengaturan kinerja (/konsol/kinerja/pengaturan), for the mayor's team and the admin: the predicate
 * bands the traffic lights are drawn from, the composite's weights, and the reward/punishment rules
 * (shown here; edited through the API only, since each kind has its own figures).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { StatusLine } from '../../admin/components/StatusLine';
import { useSettings } from '../shared/api';
import '../shared/performance.css';
import { RuleList } from './RuleList';
import { SettingsForm } from './SettingsForm';

export default function SettingsPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('settings.title'));
  const settings = useSettings();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('settings.title')}</h1>
      <p className="lead">{t('settings.intro')}</p>
      <StatusLine message={message} />
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorMessage error={settings.error} />
      ) : (
        <>
          <p className="hint">{settings.data.updatedAt ? t('settings.updatedAt', { at: formatDateTime(settings.data.updatedAt) }) : t('settings.defaults')}</p>
          <section aria-labelledby="settings-form-title">
            <h2 id="settings-form-title">{t('settings.formTitle')}</h2>
            {/* Keyed by the save time: after a save the form starts again from what the server kept. */}
            <SettingsForm key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} onSaved={setMessage} />
          </section>
          <section aria-labelledby="settings-rules-title">
            <h2 id="settings-rules-title">{t('settings.rules')}</h2>
            <p>{t('settings.rulesApiOnly')}</p>
            <RuleList rules={settings.data.rules} />
          </section>
        </>
      )}
    </main>
  );
}
