/**
 * Decodes Vietnamese text typed with legacy 8-bit fonts, as it arrives in Excel cells: TCVN3 (ABC,
 * the ".Vn…" fonts) and VNI (the "VNI-…" fonts). Excel keeps such a cell's bytes as the
 * Windows-1252 characters with those codes ("ViÖt Nam", "Tieáng Vieät"), so the text is readable
 * only through the font. The font of the cell or of the rich-text run decides ({@link
 * vn.cdgd.ingest.legacy.LegacyText}); where there is no telling font, {@link
 * vn.cdgd.ingest.legacy.EncodingGuess} weighs the readings by how many of their words are
 * Vietnamese syllables and says when it is not sure. Pure functions, no I/O. Decode before any
 * trimming, case folding or cleaning: TCVN3 "ư" is the invisible soft hyphen and "ò" is "ß".
 */
package vn.cdgd.ingest.legacy;
