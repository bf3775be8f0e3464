/**
 * Impor data massal (/konsol/data/impor), for the walidata and the admin moving an older portal's
 * catalogue in: what to prepare and the template, the form, the progress while the server
 * imports, then its report or the list of what to correct.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../../../auth/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import '../../complaints/officer/officer.css';
import '../shared/opendata.css';
import './import.css';
import { ImportForm } from './ImportForm';
import { ImportGuide } from './ImportGuide';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { isBusy } from './importState';
import { TEMPLATE_HREF } from './importStream';
import { useImport } from './useImport';

export default function ImportPage() {
  const { t } = useTranslation('opendata');
  useDocumentTitle(t('import.title'));
  const session = useSession();
  const walidata = hasRole(session.data, 'walidata');
  const { state, run } = useImport();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const busy = isBusy(state);
  const showProgress = state.phase !== 'idle' && state.phase !== 'refused';

  // Once the import ends, the keyboard goes where its outcome is, after a list that may be long.
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'refused') resultHeading.current?.focus();
  }, [state.phase]);

  return (
    <main id="main" className="page officer-page od-import-page">
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.lead')}</p>
      <ImportGuide />
      <p>
        <a className="button secondary" href={TEMPLATE_HREF} download>
          {t('import.template')}
        </a>
      </p>
      <p className="hint">{t('import.templateHint')}</p>
      <ImportForm busy={busy} mayPublish={walidata} onImport={run} />
      {showProgress && <ImportProgress state={state} />}
      <ImportResult state={state} reviews={walidata} headingRef={resultHeading} />
    </main>
  );
}
