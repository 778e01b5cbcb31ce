package org.cngkit.reference;

/**
 * The kinds of key material a post-quantum key blob carries, one per blob type of a family: the public key,
 * the expanded private key, the private seed (blob-layouts digest 2.7, 2.8).
 */
enum KeyPart {
    PUBLIC,
    PRIVATE,
    SEED
}
