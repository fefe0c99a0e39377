/**
 * The shape of a personal name: a surname (欧阳, 王) and one or two given-name characters, or a run of
 * transliteration characters (库克, 贝索斯), or capitalised Latin words (Gary Howes). Context decides where a name is
 * (a title before it, a speech verb after it); the functions of this folder decide how long it is.
 */
export interface NameSpan {
  start: number;
  end: number;
  foreign: boolean;
}

/** A Chinese given name: one character or two (王磊, 王志强); after a one-character surname, a name of two or three. */
export const GIVEN_NAME_LENGTH = { min: 1, max: 2 } as const;
