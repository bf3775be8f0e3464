/**
 * Item roadmap baru (/konsol/smartcity/roadmap/baru): an OPD adds an item to its smart city
 * roadmap; the admin chooses the OPD. The next page is the item's own, where milestones are added.
 */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { opdIdsOf, useSession } from '../../../auth/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import '../../complaints/officer/officer.css';
import { useCreateRoadmapItem } from '../shared/api';
import '../shared/smartcity.css';
import { RoadmapForm } from './RoadmapForm';
import { emptyDraft } from './roadmapDraft';

export default function NewRoadmapItemPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('item.newTitle'));
  const navigate = useNavigate();
  const session = useSession();
  const create = useCreateRoadmapItem();
  const own = opdIdsOf(session.data);

  return (
    <main id="main" className="page officer-page">
      <p>
        <Link to="/konsol/smartcity">{t('item.back')}</Link>
      </p>
      <h1>{t('item.newTitle')}</h1>
      <p className="lead">{t('item.newIntro')}</p>
      <RoadmapForm
        initial={emptyDraft(own.length === 1 ? own[0] : '')}
        creating
        pending={create.isPending}
        error={create.error}
        submitLabel={t('item.create')}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (item) => navigate(`/konsol/smartcity/roadmap/${encodeURIComponent(item.id)}`, { state: { message: t('item.created') } }),
          })
        }
      />
    </main>
  );
}
