/**
 * Categories and routing rules (/admin/kategori): what citizens choose from, where each kind of
 * complaint usually goes, and the exceptions by kecamatan or kelurahan.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { StatusLine } from '../components/StatusLine';
import { useAdminCategories } from './api';
import { CategoryForm } from './CategoryForm';
import { CategoryList } from './CategoryList';
import { RoutingRules } from './RoutingRules';

export default function CategoriesPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('categories.title'));
  const categories = useAdminCategories();
  // 'new' for the create form, a category id for its edit form, null for neither.
  const [form, setForm] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editing = form && form !== 'new' ? categories.data?.find((c) => c.id === form) : undefined;
  const closeForm = (text: string | null) => {
    setForm(null);
    if (text) setMessage(text);
  };

  return (
    <main id="main" className="page">
      <h1>{t('categories.title')}</h1>
      <p className="admin-intro">{t('categories.intro')}</p>
      <StatusLine message={message} />
      <section aria-labelledby="categories-title">
        <div className="section-head">
          <h2 id="categories-title">{t('categories.list.title')}</h2>
          {form === null && (
            <button type="button" className="button" onClick={() => setForm('new')}>
              {t('categories.create')}
            </button>
          )}
        </div>
        {form === 'new' && <CategoryForm onSaved={closeForm} onCancel={() => closeForm(null)} />}
        {editing && <CategoryForm key={editing.id} category={editing} onSaved={closeForm} onCancel={() => closeForm(null)} />}
        <CategoryList
          categories={categories}
          onEdit={(id) => {
            setMessage(null);
            setForm(id);
          }}
          onMessage={setMessage}
        />
      </section>
      {categories.data && <RoutingRules categories={categories.data} onMessage={setMessage} />}
    </main>
  );
}
