import { Fragment } from 'react';

/**
 * A name on paper (a person's, a village's, the fund's): it may wrap only at its spaces, never inside a word.
 * The browser's Thai line breaker would otherwise cut a surname like ประเสริฐวงศ์ศักดิ์ wherever its dictionary
 * finds a word.
 */
export function NameText({ name }: { name: string }) {
  const words = name.split(' ').filter((word) => word !== '');
  return (
    <span className="name-text">
      {words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <span className="name-word">{word}</span>
        </Fragment>
      ))}
    </span>
  );
}

const marker = '\u2063';

/**
 * A translated sentence with names in it, each kept whole: the sentence is made with a marker where each name
 * goes, then the names are put in their places as NameText.
 */
export function SentenceWithNames<K extends string>({
  sentence,
  names,
}: {
  sentence: (slots: Record<K, string>) => string;
  names: Record<K, string>;
}) {
  const slots = Object.fromEntries(Object.keys(names).map((key) => [key, `${marker}${key}${marker}`])) as Record<K, string>;
  // Splitting on a captured marker alternates text and the key of the name that goes between.
  const parts = sentence(slots).split(new RegExp(`${marker}(\\w+)${marker}`));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <NameText key={index} name={names[part as K] ?? ''} /> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
