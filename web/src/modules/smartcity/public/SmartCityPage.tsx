/**
 * Kota cerdas for citizens (/smartcity): the published evaluations with their scores and charts,
 * the six dimensions with the progress of the OPDs' roadmaps, and the masterplan's programmes.
 * Each part loads and fails on its own; the charts load chart.js after the figures are shown.
 */
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../shared/smartcity.css';
import { DimensionsSection } from './DimensionsSection';
import { EvaluationSection } from './EvaluationSection';
import { ProgrammesSection } from './ProgrammesSection';

export default function SmartCityPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('public.title'));
  return (
    <main id="main" className="page">
      <h1>{t('public.title')}</h1>
      <p className="lead">{t('public.lead')}</p>
      <EvaluationSection />
      <DimensionsSection />
      <ProgrammesSection />
    </main>
  );
}
