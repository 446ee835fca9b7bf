// The comparison process for compare.sh: wink-nlp's English pipeline (sentences, tokens,
// negation, sentiment, named entities) over every file of a folder, one JSON line per document.
// Usage: node wink.js FOLDER [OUTPUT]
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;
const folder = process.argv[2];
const out = fs.createWriteStream(process.argv[3] || '/dev/null');
for (const name of fs.readdirSync(folder).sort()) {
  const text = fs.readFileSync(path.join(folder, name), 'utf8');
  const doc = nlp.readDoc(text);
  out.write(JSON.stringify({
    id: name,
    sentences: doc.sentences().out(its.span),
    sentiment: doc.sentences().out(its.sentiment),
    entities: doc.entities().out(its.detail),
  }) + '\n');
}
out.end();
