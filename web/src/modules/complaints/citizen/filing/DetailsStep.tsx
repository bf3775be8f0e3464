/** Step 3: what happened, the photos, and similar open complaints nearby to support instead. */
import { useTranslation } from 'react-i18next';
import { DescriptionField } from './DescriptionField';
import type { DraftApi } from './draft';
import { NearbyComplaints } from './NearbyComplaints';
import { PhotoGpsOffer } from './PhotoGpsOffer';
import { PhotoInput } from './PhotoInput';
import { PhotoList } from './PhotoList';
import type { LatLon } from './photos';
import { megabytes, photoLimits } from './photos';
import type { StepProps } from './stepProps';

interface Props extends StepProps {
  photosApi: Pick<DraftApi, 'addPhotos' | 'removePhoto' | 'setPhotoPixels'>;
  /** The place being reported (the pin or the QR place), for the nearby look-up. */
  point: LatLon | null;
  usingQr: boolean;
}

export function DetailsStep({ draft, update, errors, photosApi, point, usingQr }: Props) {
  const { t } = useTranslation('filing');
  return (
    <>
      <DescriptionField value={draft.description} onChange={(description) => update({ description })} error={errors.description} />
      <PhotoInput
        id="filing-photos"
        label={t('photos.label')}
        hint={t('photos.hint', { max: photoLimits.files, limit: megabytes(photoLimits.bytes) })}
        count={draft.photos.length}
        addPhotos={photosApi.addPhotos}
        error={errors.photos}
      />
      <PhotoList photos={draft.photos} onRemove={photosApi.removePhoto} onPixels={photosApi.setPhotoPixels} />
      {!usingQr && <PhotoGpsOffer photos={draft.photos} pin={draft.pin} onUse={(pin) => update({ pin })} />}
      <NearbyComplaints category={draft.category} point={point} description={draft.description} />
    </>
  );
}
