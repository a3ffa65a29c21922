import crypto from 'node:crypto';

export interface Sealed {
  ciphertext: string;
  iv: string;
  tag: string;
}

// AES-256-GCM: a fresh 96-bit IV per value; the tag makes a tampered row fail instead of decrypting to junk.
export function seal(key: Buffer, plaintext: string, aad = ''): Sealed {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  if (aad) cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    ciphertext: ciphertext.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Throws when the key, the AAD or the stored bytes do not match (e.g. APP_SECRET changed). */
export function open(key: Buffer, sealed: Sealed, aad = ''): string {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  if (aad) decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([
    decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
    decipher.final(),
  ]).toString('utf8');
}
