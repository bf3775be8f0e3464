/** A role and, for the roles that work for one OPD, which OPD: used to create and to grant. */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../auth/session';
import { Field } from '../../../ui/Field';
import { OpdSelect } from '../components/OpdSelect';
import { OPD_ROLES, ROLES } from './types';

interface Props {
  idPrefix: string;
  role: Role | '';
  opdId: string;
  onRole: (role: Role | '') => void;
  onOpd: (opdId: string) => void;
  /** Shown as the empty choice; creating an account may leave the role out. */
  noRoleLabel: string;
  roleError?: string;
  opdError?: string;
}

export function RoleFields({ idPrefix, role, opdId, onRole, onOpd, noRoleLabel, roleError, opdError }: Props) {
  const { t } = useTranslation('admin');
  const needsOpd = role !== '' && OPD_ROLES.includes(role);
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t('users.fields.role')} hint={role ? t(`roleHelp.${role}`) : undefined} error={roleError}>
        {(c) => (
          <select {...c} value={role} onChange={(e) => onRole(e.target.value as Role | '')}>
            <option value="">{noRoleLabel}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needsOpd && (
        <Field id={`${idPrefix}-opd`} label={t('users.fields.opd')} hint={t('users.fields.opdHint')} error={opdError}>
          {(c) => <OpdSelect {...c} value={opdId} onChange={onOpd} emptyLabel={t('shared.chooseOpd')} required />}
        </Field>
      )}
    </>
  );
}
