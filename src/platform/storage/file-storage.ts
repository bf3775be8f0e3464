/**
 * Where uploaded files live. Keys are opaque paths made by the platform ("complaints/<id>/<n>.jpg"),
 * never names a user chose. The disk implementation keeps them under DATA_DIR/uploads; another
 * implementation (object storage) can replace it for several machines.
 */
export interface StoredFile {
  data: Buffer;
  contentType: string;
}

export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under that key. */
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}
