using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ReportMining.Text;

namespace ReportMining.MachineLearning;

/// <summary>
/// Turns a sentence into a sparse, hashed, L2-normalised feature vector, the way ML.NET's
/// <c>FeaturizeText</c> does: lower-cased word 1-2-grams (with sentence-boundary bigrams) and
/// character n-grams over the lower-cased words, hashed into 2^<see cref="FeaturizerOptions.HashBits"/>
/// buckets, counted, and each block scaled to a fixed L2 norm. On top of that, the language of
/// reports: words within a few words after a negation cue ("not consistently", "too many",
/// "not all", "lack of", "insufficient") get a second, negated feature; words after a contrast cue
/// ("but", "although", "however", "while") get a contrast feature; and a few flags say whether
/// the sentence holds negation, contrast, and negation after or before the contrast.
/// </summary>
/// <remarks>
/// No allocation per sentence: words are hashed straight from the span (soft hyphens skipped,
/// curly apostrophes read as straight ones, line breaks read as spaces by the tokenizer), and
/// the vector is built in per-thread buffers. The spans returned by <see cref="Featurize"/> stay
/// valid until the same thread featurises another sentence. Thread-safe.
/// </remarks>
internal sealed class TextFeaturizer
{
    /// <summary>Words read per sentence; the rest is ignored (sentences are at most 1,500 characters anyway).</summary>
    public const int MaxWords = 512;

    /// <summary>Characters of the lower-cased word stream read for character n-grams.</summary>
    public const int MaxChars = 2048;

    /// <summary>Upper bound of the number of features of any sentence, for any options.</summary>
    public const int MaxFeatures = (4 * (MaxWords + 1)) + 16 + (MaxChars * 6) + MaxLexicon + MaxEmbedding;

    /// <summary>Most word-vector dimensions.</summary>
    public const int MaxEmbedding = 512;

    /// <summary>Most lexicon features per sentence.</summary>
    public const int MaxLexicon = 4096;

    private const int MaxTableBits = 16; // 65,536 slots >= 2 * MaxFeatures
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private const uint SeedUnigram = 0x1001;
    private const uint SeedBigram = 0x2002;
    private const uint SeedNegated = 0x3003;
    private const uint SeedContrast = 0x4004;
    private const uint SeedFlag = 0x5005;
    private const uint SeedChar = 0x6006;
    private const uint SeedLexicon = 0x8008;
    private const uint SeedLexiconNegated = 0x9009;
    private const uint SeedLexiconFirst = 0xA00A;
    private const uint SeedLexiconContrast = 0xB00B;
    private const uint SeedSummary = 0xC00C;
    private const uint SeedVerblessFirst = 0xD00D;
    private const int Praise = (int)ReportLexicon.Category.Praise;
    private const int Criticism = (int)ReportLexicon.Category.Criticism;
    private const int Improvement = (int)ReportLexicon.Category.Improvement;
    private const int Imperative = (int)ReportLexicon.Category.Imperative;
    private const int Auxiliary = (int)ReportLexicon.Category.Auxiliary;
    private const uint AreaCategories = ~0u << (int)ReportLexicon.Category.Leadership;

    private static readonly uint BeginHash = HashWord("<s>");
    private static readonly uint EndHash = HashWord("</s>");
    private static readonly uint NumberHash = HashWord("<num>");

    // flag features (hashed with SeedFlag)
    private const uint FlagNegation = 1, FlagTwoNegations = 2, FlagContrast = 3, FlagInitialContrast = 4,
        FlagNegationAfterContrast = 5, FlagNegationBeforeContrast = 6;

    private static readonly CueTable Cues = new();

    /// <summary>
    /// Fingerprint of the word lists this featuriser's features are built from: every key of
    /// <see cref="ReportLexicon"/>'s table with its category bits (keys are word hashes, so a change
    /// of the word hash changes it too) and the negation and contrast cue words. A sentence model
    /// records it when trained (<see cref="FeaturizerOptions.LexiconFingerprint"/>); a model whose
    /// fingerprint differs would score shifted features, and is refused when loaded.
    /// </summary>
    internal static ulong WordListFingerprint { get; } = ComputeWordListFingerprint();

    private static ulong ComputeWordListFingerprint()
    {
        const ulong Prime = 1099511628211ul;
        ulong h = 14695981039346656037ul;
        foreach (var (key, bits) in ReportLexicon.Entries().OrderBy(e => e.Key))
        {
            h = (h ^ key) * Prime;
            h = (h ^ bits) * Prime;
        }

        foreach (var list in (string[][])[CueTable.NegationCues, CueTable.ContrastCues])
        {
            foreach (var word in list)
            {
                foreach (char c in word) h = (h ^ c) * Prime;
                h = (h ^ '\n') * Prime;
            }

            h = (h ^ 0x1E) * Prime;
        }

        return h == 0 ? 1 : h;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly uint _mask;
    private readonly int _charMin;
    private readonly int _charMax;
    private readonly WordTable _words;

    /// <summary>Builds a featuriser with the given options.</summary>
    public TextFeaturizer(FeaturizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _mask = (1u << options.HashBits) - 1;
        _charMin = options.CharNgramMin;
        _charMax = options.CharNgramMin == 0 ? 0 : options.CharNgramMax;
        _words = new WordTable(options.Vectors);
    }

    /// <summary>The options.</summary>
    public FeaturizerOptions Options { get; }

    /// <summary>Number of buckets of the feature space.</summary>
    public int Dimension => Options.Dimension;

    /// <summary>
    /// Featurises one sentence. The result holds each bucket at most once per block (a bucket
    /// hit by both a word feature and a character n-gram appears twice; a linear model just
    /// adds both). Valid until this thread's next call.
    /// </summary>
    public FeatureVector Featurize(ReadOnlySpan<char> sentence) => Build(sentence, forScorer: false, out _);

    /// <summary>
    /// The features of <see cref="Featurize"/> in the form a linear scorer adds up to the same
    /// scores, cheaper to make: no word-vector block (<paramref name="vectorRows"/> are the rows of
    /// <see cref="FeaturizerOptions.Vectors"/> of the sentence's words, in word order, for the
    /// scorer to add that block itself, which it can when the block is a plain mean,
    /// <see cref="FeaturizerOptions.EmbeddingMean"/>; empty without word vectors), and, with up to 2^16 buckets,
    /// each block holds every occurrence of a feature rather than each bucket once with its count
    /// (each occurrence carries the block's scale, computed from the counts, so the block's norm is unchanged).
    /// Valid until this thread's next call.
    /// </summary>
    internal FeatureVector FeaturizeForScorer(ReadOnlySpan<char> sentence, out ReadOnlySpan<int> vectorRows)
    {
        var v = Build(sentence, forScorer: true, out int hits);
        vectorRows = t_scratch!.VectorRows.AsSpan(0, hits);
        return v;
    }

    private FeatureVector Build(ReadOnlySpan<char> sentence, bool forScorer, out int wordsWithVectors)
    {
        var s = t_scratch ??= new Scratch();
        s.Count = 0;
        s.Repeat = forScorer && _mask <= ushort.MaxValue;
        if (s.Repeat) s.Counts ??= new ushort[1 << 16];

        int wordsMax = Math.Min(MaxWords, sentence.Length);
        int lexiconCap = Math.Min(MaxLexicon - 64, (4 * wordsMax) + 16);
        if (!s.Repeat)
        {
            // size the de-duplication table to this sentence: at most twice full, small enough to stay in cache
            int bound = (4 * (wordsMax + 1)) + 16 + (Math.Min(MaxChars, sentence.Length + wordsMax + 2) * (_charMax == 0 ? 0 : _charMax - _charMin + 1)) + lexiconCap + 64;
            s.TableBits = Math.Clamp(BitOperations.Log2((uint)(2 * bound)) + 1, 6, MaxTableBits);
            NewBlock(s);
        }

        // ---- words ----
        var options = Options;
        bool bigrams = options.WordNgramLength >= 2;
        int negWindow = options.NegationWindow;
        bool contrastFeatures = options.ContrastFeatures;
        char[] chars = s.Chars;
        int nChars = 0;
        if (_charMax > 0) chars[nChars++] = ' ';

        uint previous = BeginHash;
        int words = 0;
        int negLeft = 0;
        int negations = 0;
        bool contrast = false, initialContrast = false, negAfterContrast = false, negBeforeContrast = false;
        bool previousWasNegation = false;
        bool startsPair = false;
        bool lexicon = options.LexiconWeight > 0;
        int nLex = 0;
        uint[] lex = s.Lex;
        int praiseBefore = 0, criticismBefore = 0, praiseAfter = 0, criticismAfter = 0;
        bool verb = false, firstArea = true;
        uint firstWord = 0;
        var vectors = options.EmbeddingWeight > 0 ? options.Vectors : null;
        int vectorHits = 0;
        int[] vectorRows = s.VectorRows;

        foreach (var token in Tokenizer.Tokenize(sentence))
        {
            var text = sentence.Slice(token.Start, token.Length);
            uint h;
            if (token.Kind == TokenKind.Punctuation)
            {
                char p = text[0];
                if (p is '%' or '£')
                {
                    h = (FnvOffset ^ p) * FnvPrime;
                }
                else
                {
                    if (p is ',' or ';' or ':' or '(' or ')' or '.' or '!' or '?' or '–' or '—' or '-' or '"' or '“' or '”')
                    {
                        negLeft = 0; // a clause boundary ends the negation scope
                    }

                    continue;
                }
            }
            else if (token.Kind == TokenKind.Number)
            {
                h = NumberHash;
                if (_charMax > 0) nChars = AppendChars(text, chars, nChars, digits: true);
            }
            else if (_charMax > 0)
            {
                h = HashAndAppend(text, chars, ref nChars);
            }
            else
            {
                h = HashWord(text);
            }

            if (_charMax > 0 && nChars < MaxChars) chars[nChars++] = ' ';
            if (words == MaxWords) break;
            words++;

            AddWord(s, Mix(h, SeedUnigram));
            // one probe for the word's lexicon bits, word-vector row and cue mark
            uint entry = _words.Find(h, out int row);
            if (vectors is not null && row >= 0) vectorRows[vectorHits++] = row;

            if (bigrams) AddWord(s, Mix(Mix(previous, SeedBigram) ^ h, SeedBigram));
            uint cats = 0;
            if (lexicon)
            {
                // the longer match names the area: "private fostering" is private fostering, not also
                // fostering; a pair is looked up only after a word that begins one
                uint pairCats = startsPair ? ReportLexicon.Lookup(ReportLexicon.Pair(previous, h)) & ~ReportLexicon.PairStart : 0;
                cats = entry & ~WordTable.CueWord;
                startsPair = (cats & ReportLexicon.PairStart) != 0;
                cats &= ~ReportLexicon.PairStart;
                if ((pairCats & AreaCategories) != 0) cats &= ~AreaCategories;
                cats |= pairCats;
                if (words == 1) firstWord = h;
                else cats &= ~(1u << Imperative);
                if (token.Kind == TokenKind.Word && text.Length > 3 && (text[^1] | 0x20) == 'd' && (text[^2] | 0x20) == 'e') verb = true;
            }

            previous = h;

            var cue = token.Kind == TokenKind.Word && ((entry & WordTable.CueWord) != 0 || CueTable.EndsInNt(text)) ? Cues.Find(h, text) : CueKind.None;
            if (cue == CueKind.Contrast && previousWasNegation) cue = CueKind.None; // "not yet"
            previousWasNegation = cue == CueKind.Negation;

            if (cue == CueKind.Negation)
            {
                negations++;
                if (contrast) negAfterContrast = true; else negBeforeContrast = true;
                negLeft = negWindow;
            }
            else if (cue == CueKind.Contrast)
            {
                negLeft = 0;
                if (contrastFeatures)
                {
                    if (!contrast && words == 1) initialContrast = true;
                    contrast = true;
                }
            }
            else
            {
                bool negated = negLeft > 0;
                if (negated)
                {
                    AddWord(s, Mix(h, SeedNegated));
                    negLeft--;
                }

                if (contrast) AddWord(s, Mix(h, SeedContrast));
                if (cats != 0 && nLex < lexiconCap)
                {
                    if ((cats & (1u << Auxiliary)) != 0) verb = true;
                    bool praise = (cats & ((1u << Praise) | (1u << Improvement))) != 0;
                    bool criticism = (cats & (1u << Criticism)) != 0;
                    if (negated) (praise, criticism) = (criticism, praise);
                    if (praise) { if (contrast) praiseAfter++; else praiseBefore++; }
                    if (criticism) { if (contrast) criticismAfter++; else criticismBefore++; }
                    for (uint rest = cats & ~(1u << Auxiliary); rest != 0; rest &= rest - 1)
                    {
                        uint c = (uint)System.Numerics.BitOperations.TrailingZeroCount(rest);
                        lex[nLex++] = Mix(c, negated && (ReportLexicon.Polar & (1u << (int)c)) != 0 ? SeedLexiconNegated : SeedLexicon);
                        if (contrast && nLex < lexiconCap) lex[nLex++] = Mix(c, SeedLexiconContrast);
                        if (firstArea && (AreaCategories & (1u << (int)c)) != 0) lex[nLex++] = Mix(c, SeedLexiconFirst);
                    }

                    if ((cats & AreaCategories) != 0) firstArea = false;
                }
            }
        }

        if (bigrams && words > 0) AddWord(s, Mix(Mix(previous, SeedBigram) ^ EndHash, SeedBigram));
        if (negWindow > 0 && negations > 0)
        {
            AddWord(s, Mix(FlagNegation, SeedFlag));
            if (negations > 1) AddWord(s, Mix(FlagTwoNegations, SeedFlag));
        }

        if (contrast)
        {
            AddWord(s, Mix(FlagContrast, SeedFlag));
            if (initialContrast) AddWord(s, Mix(FlagInitialContrast, SeedFlag));
            if (negAfterContrast) AddWord(s, Mix(FlagNegationAfterContrast, SeedFlag));
            if (negBeforeContrast) AddWord(s, Mix(FlagNegationBeforeContrast, SeedFlag));
        }

        int wordEnd = s.Count;
        CloseBlock(s, 0, options.WordWeight);

        // ---- lexicon: category hits and what they add up to ----
        if (lexicon && words > 0)
        {
            int praise = praiseBefore + praiseAfter, criticism = criticismBefore + criticismAfter;
            lex[nLex++] = Mix((uint)(Math.Sign(praise - criticism) + 1), SeedSummary);
            lex[nLex++] = Mix(10u + (uint)Math.Min(praise, 3) * 4 + (uint)Math.Min(criticism, 3), SeedSummary);
            if (praise > 0 && criticism > 0) lex[nLex++] = Mix(30, SeedSummary);
            if (contrast)
            {
                lex[nLex++] = Mix(40u + (uint)(Math.Sign(praiseBefore - criticismBefore) + 1) * 3 + (uint)(Math.Sign(praiseAfter - criticismAfter) + 1), SeedSummary);
            }

            if (!verb)
            {
                lex[nLex++] = Mix(60, SeedSummary);
                lex[nLex++] = Mix(firstWord, SeedVerblessFirst);
            }

            int last = sentence.Length - 1;
            while (last >= 0 && (char.IsWhiteSpace(sentence[last]) || sentence[last] is '"' or '”' or '’' or '\'' or ')' or '\u00AD')) last--;
            if (last >= 0 && sentence[last] is not ('.' or '!' or '?' or '…')) lex[nLex++] = Mix(70, SeedSummary);

            int lexStart = s.Count;
            if (!s.Repeat) NewBlock(s);
            for (int i = 0; i < nLex; i++) AddWord(s, lex[i]);
            CloseBlock(s, lexStart, options.LexiconWeight);
            wordEnd = s.Count;
        }

        // ---- character n-grams over " word word ... " ----
        if (_charMax > 0 && nChars > 1)
        {
            if (s.Repeat)
            {
                s.Count = AppendCharNgrams(s, chars, nChars, options.CharWeight);
            }
            else
            {
                NewBlock(s);
                s.Count = AddCharNgrams(s, chars, nChars);
                Normalise(s.Values, wordEnd, s.Count, options.CharWeight);
            }
        }

        // ---- the mean word vector, one feature per dimension after the hashed buckets ----
        if (vectors is not null && vectorHits > 0 && !forScorer)
        {
            int dim = vectors.Dimension;
            int first = 1 << options.HashBits;
            int at = s.Count;
            for (int d = 0; d < dim; d++) s.Indices[at + d] = first + d;
            SumRows(vectors.Values, dim, vectorRows.AsSpan(0, vectorHits), s.Values.AsSpan(at, dim));
            s.Count += dim;
            if (options.EmbeddingMean)
            {
                float scale = options.EmbeddingWeight / vectorHits;
                for (int d = at; d < s.Count; d++) s.Values[d] *= scale;
            }
            else
            {
                Normalise(s.Values, at, s.Count, options.EmbeddingWeight);
            }
        }

        wordsWithVectors = vectorHits;
        return new FeatureVector(s.Indices.AsSpan(0, s.Count), s.Values.AsSpan(0, s.Count));
    }

    /// <summary>
    /// Counts the character n-grams of <paramref name="chars"/> into the current block, exactly as
    /// <see cref="Add"/> would one by one, with the table state held in locals (the hot loop of
    /// the featuriser); returns the new feature count.
    /// </summary>
    private int AddCharNgrams(Scratch s, char[] chars, int nChars)
    {
        int grams = CharNgramBuckets(s, chars, nChars);
        int bits = s.TableBits;
        int tableMask = (1 << bits) - 1;
        int shift = 32 - bits;
        ulong[] slots = s.Slots;
        int[] indices = s.Indices;
        float[] values = s.Values;
        ulong gen = (ulong)s.Generation;
        int count = s.Count;
        uint[] buckets = s.Grams;
        for (int g = 0; g < grams; g++) Insert(slots, indices, values, gen, shift, tableMask, (int)buckets[g], ref count);
        return count;
    }

    /// <summary>
    /// For <see cref="FeaturizeForScorer"/> (buckets under 2^16): appends every character n-gram
    /// occurrence, each with the value weight / sqrt(sum of the squared counts), which is the scale
    /// <see cref="Normalise"/> gives the counted block (the squares of whole counts sum exactly), so a
    /// linear scorer adds up the same block; no hash table, no branches. Returns the new feature count.
    /// </summary>
    private int AppendCharNgrams(Scratch s, char[] chars, int nChars, float weight)
    {
        int grams = CharNgramBuckets(s, chars, nChars);
        int start = s.Count;
        uint[] buckets = s.Grams;
        ushort[] counts = s.Counts!;
        var indices = s.Indices.AsSpan(start, grams);
        long squares = 0;
        for (int g = 0; g < grams; g++)
        {
            // Occurrence, with the sum in a local: (c + 1)^2 - c^2 = 2c + 1
            uint b = buckets[g] & 0xFFFF;
            squares += (2 * counts[b]) + 1;
            counts[b]++;
            indices[g] = (int)b;
        }

        s.Count = start + grams;
        s.Squares = squares;
        CloseBlock(s, start, weight);
        return s.Count;
    }

    /// <summary>
    /// The bucket of every character n-gram of <paramref name="chars"/> into <c>s.Grams</c>, in
    /// the scalar order (position, then length); returns how many.
    /// </summary>
    private int CharNgramBuckets(Scratch s, char[] chars, int nChars)
    {
        uint[] grams = s.Grams;
        uint bucketMask = _mask;
        int min = _charMin, max = _charMax;
        int g = 0;
        int i = 0;

        // eight positions at a time: the same FNV-1a and finaliser, lane by lane, then the
        // buckets go out in the scalar order (position, then length)
        if (Vector256.IsHardwareAccelerated && max <= 8)
        {
            uint[] buckets = s.Buckets;
            ref uint bucketRef = ref MemoryMarshal.GetArrayDataReference(buckets);
            var prime = Vector256.Create(FnvPrime);
            var maskV = Vector256.Create(bucketMask);
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
            int lengths = max - min + 1;
            for (; i + 8 + max <= nChars; i += 8)
            {
                var h = Vector256.Create(FnvOffset);
                for (int n = 1; n <= max; n++)
                {
                    var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref first, (nuint)(i + n - 1)));
                    h = (h ^ Vector256.Create(lo, hi)) * prime;
                    if (n >= min) (Mix(h, SeedChar + (uint)n) & maskV).StoreUnsafe(ref bucketRef, (nuint)((n - min) * 8));
                }

                if (lengths == 1)
                {
                    Vector256.LoadUnsafe(ref bucketRef).CopyTo(grams.AsSpan(g, 8));
                    g += 8;
                    continue;
                }

                for (int lane = 0; lane < 8; lane++)
                {
                    for (int n = 0; n < lengths; n++) grams[g++] = buckets[(n * 8) + lane];
                }
            }
        }

        for (; i < nChars; i++)
        {
            uint h = FnvOffset;
            int limit = Math.Min(max, nChars - i);
            for (int n = 1; n <= limit; n++)
            {
                h = (h ^ chars[i + n - 1]) * FnvPrime;
                if (n >= min) grams[g++] = Mix(h, SeedChar + (uint)n) & bucketMask;
            }
        }

        return g;
    }

    /// <summary><see cref="Add"/> with the table state passed in (kept in registers by the caller's loop).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Insert(ulong[] slots, int[] indices, float[] values, ulong gen, int shift, int tableMask, int bucket, ref int count)
    {
        int slot = (int)(((uint)bucket * 0x9E3779B1u) >> shift);
        while (true)
        {
            ulong entry = slots[slot];
            if ((entry >> 40) != gen)
            {
                slots[slot] = (gen << 40) | ((ulong)count << 24) | (uint)bucket;
                indices[count] = bucket;
                values[count] = 1f;
                count++;
                return;
            }

            if ((int)(entry & 0xFFFFFF) == bucket)
            {
                values[(int)((entry >> 24) & 0xFFFF)] += 1f;
                return;
            }

            slot = (slot + 1) & tableMask;
        }
    }

    /// <summary><see cref="Mix(uint, uint)"/> on eight hashes at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Mix(Vector256<uint> h, uint seed)
    {
        h ^= Vector256.Create(seed * 0x9E3779B9u);
        h ^= Vector256.ShiftRightLogical(h, 16);
        h *= Vector256.Create(0x85EBCA6Bu);
        h ^= Vector256.ShiftRightLogical(h, 13);
        h *= Vector256.Create(0xC2B2AE35u);
        h ^= Vector256.ShiftRightLogical(h, 16);
        return h;
    }

    /// <summary>Featurises a sentence into new arrays (for training sets; allocates).</summary>
    public (int[] Indices, float[] Values) FeaturizeToArrays(ReadOnlySpan<char> sentence)
    {
        var v = Featurize(sentence);
        return (v.Indices.ToArray(), v.Values.ToArray());
    }

    /// <summary>The bucket of a word's unigram feature (for tests and explanations).</summary>
    internal int UnigramBucket(string word) => (int)(Mix(HashWord(word), SeedUnigram) & _mask);

    /// <summary>The bucket of a word's "negated" feature (the word within a negation cue's window).</summary>
    internal int NegatedBucket(string word) => (int)(Mix(HashWord(word), SeedNegated) & _mask);

    /// <summary>The bucket of a word's "after a contrast cue" feature.</summary>
    internal int ContrastBucket(string word) => (int)(Mix(HashWord(word), SeedContrast) & _mask);

    /// <summary>The buckets of the sentence flags: negation, two negations, contrast, initial contrast, negation after contrast, negation before contrast.</summary>
    internal int FlagBucket(int flag) => (int)(Mix((uint)flag, SeedFlag) & _mask);

    /// <summary>Flag numbers for <see cref="FlagBucket"/>.</summary>
    internal const int NegationFlag = (int)FlagNegation, TwoNegationsFlag = (int)FlagTwoNegations, ContrastFlag = (int)FlagContrast,
        InitialContrastFlag = (int)FlagInitialContrast, NegationAfterContrastFlag = (int)FlagNegationAfterContrast,
        NegationBeforeContrastFlag = (int)FlagNegationBeforeContrast;

    /// <summary>The bucket of a lexicon category hit (negated: a praise or criticism word within a negation window).</summary>
    internal int LexiconBucket(ReportLexicon.Category category, bool negated = false) =>
        (int)(Mix((uint)category, negated ? SeedLexiconNegated : SeedLexicon) & _mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddWord(Scratch s, uint hash)
    {
        if (s.Repeat) Occurrence(s, (int)(hash & _mask));
        else Add(s, (int)(hash & _mask));
    }

    /// <summary>
    /// For the scorer (<see cref="FeaturizeForScorer"/>): lists one more occurrence of
    /// <paramref name="bucket"/> (under 2^16) and adds what it changes to the block's sum of
    /// squared counts: (c + 1)^2 - c^2 = 2c + 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Occurrence(Scratch s, int bucket)
    {
        var counts = s.Counts!;
        s.Squares += (2 * counts[bucket]) + 1;
        counts[bucket]++;
        s.Indices[s.Count++] = bucket;
    }

    /// <summary>
    /// Ends the block that began at <paramref name="start"/>: scaled to L2 norm
    /// <paramref name="weight"/> (<see cref="Normalise"/>), or, with occurrences listed, each given the
    /// scale the counted block would have (the same whole-number sum of squares) and the counts cleared.
    /// </summary>
    private static void CloseBlock(Scratch s, int start, float weight)
    {
        if (!s.Repeat)
        {
            Normalise(s.Values, start, s.Count, weight);
            return;
        }

        var counts = s.Counts!;
        var indices = s.Indices.AsSpan(start, s.Count - start);
        foreach (int b in indices) counts[b] = 0;
        if (s.Squares > 0) s.Values.AsSpan(start, indices.Length).Fill((float)(weight / Math.Sqrt(s.Squares)));
        s.Squares = 0;
    }

    private static void NewBlock(Scratch s)
    {
        if (++s.Generation == 1 << 24)
        {
            Array.Clear(s.Slots);
            s.Generation = 1;
        }
    }

    /// <summary>
    /// Counts <paramref name="bucket"/> in the current block. A table slot packs
    /// [generation:24][position:16][bucket:24], so one load tells empty, hit or collision;
    /// slots of earlier blocks are stale by generation, so nothing is cleared per sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Scratch s, int bucket)
    {
        int bits = s.TableBits;
        int mask = (1 << bits) - 1;
        int slot = (int)(((uint)bucket * 0x9E3779B1u) >> (32 - bits));
        ulong[] slots = s.Slots;
        ulong gen = (ulong)s.Generation;
        while (true)
        {
            ulong entry = slots[slot];
            if ((entry >> 40) != gen)
            {
                int pos = s.Count++;
                slots[slot] = (gen << 40) | ((ulong)pos << 24) | (uint)bucket;
                s.Indices[pos] = bucket;
                s.Values[pos] = 1f;
                return;
            }

            if ((int)(entry & 0xFFFFFF) == bucket)
            {
                s.Values[(int)((entry >> 24) & 0xFFFF)] += 1f;
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The sum of the word vectors of <paramref name="rows"/> into <paramref name="sum"/>: each
    /// dimension from 0 adding the rows in word order (the same float additions, in the same
    /// order, as adding one vector after another), 32 dimensions at a time held in registers.
    /// </summary>
    private static void SumRows(float[] table, int dim, ReadOnlySpan<int> rows, Span<float> sum)
    {
        foreach (int r in rows) ArgumentOutOfRangeException.ThrowIfGreaterThan((long)(r + 1) * dim, table.Length);
        ref float t = ref MemoryMarshal.GetArrayDataReference(table);
        ref float output = ref MemoryMarshal.GetReference(sum);
        ArgumentOutOfRangeException.ThrowIfLessThan(sum.Length, dim);
        int d = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; d <= dim - 32; d += 32)
            {
                var a0 = Vector256<float>.Zero;
                var a1 = Vector256<float>.Zero;
                var a2 = Vector256<float>.Zero;
                var a3 = Vector256<float>.Zero;
                foreach (int r in rows)
                {
                    nuint o = (nuint)((r * dim) + d);
                    a0 += Vector256.LoadUnsafe(ref t, o);
                    a1 += Vector256.LoadUnsafe(ref t, o + 8);
                    a2 += Vector256.LoadUnsafe(ref t, o + 16);
                    a3 += Vector256.LoadUnsafe(ref t, o + 24);
                }

                a0.StoreUnsafe(ref output, (nuint)d);
                a1.StoreUnsafe(ref output, (nuint)(d + 8));
                a2.StoreUnsafe(ref output, (nuint)(d + 16));
                a3.StoreUnsafe(ref output, (nuint)(d + 24));
            }

            for (; d <= dim - 8; d += 8)
            {
                var a = Vector256<float>.Zero;
                foreach (int r in rows) a += Vector256.LoadUnsafe(ref t, (nuint)((r * dim) + d));
                a.StoreUnsafe(ref output, (nuint)d);
            }
        }

        for (; d < dim; d++)
        {
            float a = 0;
            foreach (int r in rows) a += Unsafe.Add(ref t, (r * dim) + d);
            sum[d] = a;
        }
    }

    /// <summary>
    /// Scales values[start..end) to L2 norm <paramref name="norm"/>. The squares (each rounded to a
    /// float, as a one-by-one loop would) are summed in double eight lanes at a time. For a block of
    /// counts (whole numbers) the squares and every partial sum are whole numbers far below 2^53,
    /// exact in a double in any order, so the sum is the one-by-one sum; for the word-vector block
    /// the order of the double additions can move the sum in its last bits only, far below the
    /// float rounding of the scale.
    /// </summary>
    private static void Normalise(float[] values, int start, int end, float norm)
    {
        int n = end - start;
        if (n <= 0) return;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, values.Length);
        ref float first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), start);
        double sum = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && n >= 8)
        {
            var acc = Vector256<double>.Zero;
            for (; i <= n - 8; i += 8)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                var (lo, hi) = Vector256.Widen(v * v);
                acc += lo + hi;
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            float v = Unsafe.Add(ref first, i);
            sum += v * v;
        }

        if (sum <= 0) return;
        float scale = (float)(norm / Math.Sqrt(sum));
        i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var s = Vector256.Create(scale);
            for (; i <= n - 8; i += 8) (Vector256.LoadUnsafe(ref first, (nuint)i) * s).StoreUnsafe(ref first, (nuint)i);
        }

        for (; i < n; i++) Unsafe.Add(ref first, i) *= scale;
    }

    private static int AppendChars(ReadOnlySpan<char> word, char[] chars, int n, bool digits)
    {
        foreach (char c in word)
        {
            if (n >= MaxChars) break;
            if (c == '\u00AD') continue;
            chars[n++] = digits && char.IsDigit(c) ? '0' : Fold(c);
        }

        return n;
    }

    /// <summary>Lower case, curly apostrophes as straight ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        return c is '’' or '‘' or 'ʼ' ? '\'' : c is '‑' or '–' ? '-' : char.ToLowerInvariant(c);
    }

    /// <summary>
    /// <see cref="HashWord"/> and <c>AppendChars(word, chars, n, digits: false)</c> in one pass:
    /// the folded characters are hashed and appended to the character stream (up to <see cref="MaxChars"/>).
    /// </summary>
    private static uint HashAndAppend(ReadOnlySpan<char> word, char[] chars, ref int n)
    {
        uint h = FnvOffset;
        int count = n;
        foreach (char c in word)
        {
            if (c == '\u00AD') continue;
            char f = Fold(c);
            h = (h ^ f) * FnvPrime;
            if (count < MaxChars) chars[count++] = f;
        }

        n = count;
        return h;
    }

    /// <summary>FNV-1a hash of the folded word, soft hyphens skipped.</summary>
    internal static uint HashWord(ReadOnlySpan<char> word)
    {
        uint h = FnvOffset;
        foreach (char c in word)
        {
            if (c == '\u00AD') continue;
            h = (h ^ Fold(c)) * FnvPrime;
        }

        return h;
    }

    /// <summary>A murmur3-style finaliser over a hash and a seed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint h, uint seed)
    {
        h ^= seed * 0x9E3779B9u;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    private sealed class Scratch
    {
        public readonly int[] Indices = new int[MaxFeatures];
        public readonly float[] Values = new float[MaxFeatures];
        public readonly char[] Chars = new char[MaxChars + 2];
        public readonly uint[] Lex = new uint[MaxLexicon];
        public readonly int[] VectorRows = new int[MaxWords];
        public readonly ulong[] Slots = new ulong[1 << MaxTableBits];
        public readonly uint[] Buckets = new uint[64];
        public readonly uint[] Grams = new uint[MaxChars * 6];
        public ushort[]? Counts;
        public bool Repeat;
        public long Squares;
        public int TableBits = MaxTableBits;
        public int Generation;
        public int Count;
    }

    /// <summary>
    /// One open-addressing table per featuriser over the word hashes it looks up for every token:
    /// the bits of <see cref="ReportLexicon.Lookup"/> (its whole table, pair keys and pair starts
    /// included), the row of the word in the word vectors (-1 for none), and <see cref="CueWord"/>
    /// on the negation and contrast words. One probe per token instead of three; the answers are
    /// those of the three lookups (hash 0, which marks an empty slot, is looked up the long way).
    /// </summary>
    private sealed class WordTable
    {
        /// <summary>Marks a cue word (bit 30; the lexicon's categories stop below it and its pair start is bit 31).</summary>
        public const uint CueWord = 1u << 30;

        private readonly uint[] _keys;
        private readonly uint[] _bits;
        private readonly int[] _rows;
        private readonly int _slotMask;
        private readonly WordVectors? _vectors;

        public WordTable(WordVectors? vectors)
        {
            _vectors = vectors;
            var entries = new Dictionary<uint, (uint Bits, int Row)>();
            foreach (var (key, bits) in ReportLexicon.Entries()) entries[key] = (bits, -1);
            if (vectors is not null)
            {
                for (int r = 0; r < vectors.Count; r++)
                {
                    uint h = vectors.Hashes[r];
                    if (vectors.Row(h) != r) continue; // the first of equal hashes, as Row finds it
                    entries[h] = (entries.GetValueOrDefault(h, (Bits: 0u, Row: -1)).Bits, r);
                }
            }

            foreach (uint h in Cues.Hashes())
            {
                var e = entries.GetValueOrDefault(h, (Bits: 0u, Row: -1));
                entries[h] = (e.Bits | CueWord, e.Row);
            }

            entries.Remove(0);
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, entries.Count * 2));
            _keys = new uint[size];
            _bits = new uint[size];
            _rows = new int[size];
            _slotMask = size - 1;
            foreach (var (key, (bits, row)) in entries.OrderBy(e => e.Key))
            {
                int slot = (int)(Mix(key, 0x7AB1E) & (uint)_slotMask);
                while (_keys[slot] != 0) slot = (slot + 1) & _slotMask;
                _keys[slot] = key;
                _bits[slot] = bits;
                _rows[slot] = row;
            }
        }

        /// <summary>The lexicon bits (with <see cref="CueWord"/>) of word hash <paramref name="h"/>, and its word-vector row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint Find(uint h, out int row)
        {
            if (h == 0) return Slow(out row);
            int slot = (int)(Mix(h, 0x7AB1E) & (uint)_slotMask);
            while (true)
            {
                uint k = _keys[slot];
                if (k == h)
                {
                    row = _rows[slot];
                    return _bits[slot];
                }

                if (k == 0)
                {
                    row = -1;
                    return 0;
                }

                slot = (slot + 1) & _slotMask;
            }
        }

        private uint Slow(out int row)
        {
            row = _vectors?.Row(0) ?? -1;
            return ReportLexicon.Lookup(0) | (Cues.Hashes().Contains(0u) ? CueWord : 0);
        }
    }

    internal enum CueKind : byte
    {
        None,
        Negation,
        Contrast,
    }

    /// <summary>The negation and contrast cue words, found by word hash (then confirmed by text).</summary>
    internal sealed class CueTable
    {
        private const int Bits = 7;
        private readonly uint[] _hashes = new uint[1 << Bits];
        private readonly string?[] _words = new string?[1 << Bits];
        private readonly CueKind[] _kinds = new CueKind[1 << Bits];

        /// <summary>Words that negate or limit what follows ("not consistently", "too many", "lack of").</summary>
        public static readonly string[] NegationCues =
        [
            "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "without", "cannot", "too",
            "lack", "lacks", "lacking", "lacked", "insufficient", "insufficiently", "fail", "fails", "failed",
            "failing", "unable", "absence", "absent",
        ];

        /// <summary>Words that open a contrasting clause.</summary>
        public static readonly string[] ContrastCues =
        [
            "but", "although", "though", "however", "while", "whilst", "whereas", "despite", "yet",
            "nevertheless", "nonetheless", "albeit", "except", "notwithstanding", "conversely",
        ];

        public CueTable()
        {
            foreach (var w in NegationCues) Insert(w, CueKind.Negation);
            foreach (var w in ContrastCues) Insert(w, CueKind.Contrast);
        }

        private void Insert(string word, CueKind kind)
        {
            uint h = HashWord(word);
            int slot = (int)(h & ((1 << Bits) - 1));
            while (_words[slot] is not null) slot = (slot + 1) & ((1 << Bits) - 1);
            _hashes[slot] = h;
            _words[slot] = word;
            _kinds[slot] = kind;
        }

        /// <summary>The cue kind of a word (hash <paramref name="h"/>), including any word ending in "n't".</summary>
        public CueKind Find(uint h, ReadOnlySpan<char> word)
        {
            int slot = (int)(h & ((1 << Bits) - 1));
            while (_words[slot] is { } w)
            {
                if (_hashes[slot] == h && EqualsFolded(word, w)) return _kinds[slot];
                slot = (slot + 1) & ((1 << Bits) - 1);
            }

            return EndsInNt(word) ? CueKind.Negation : CueKind.None;
        }

        /// <summary>True for a word ending in "n't" (a negation cue whatever its stem).</summary>
        public static bool EndsInNt(ReadOnlySpan<char> word)
        {
            int n = word.Length;
            return n >= 3 && (word[n - 1] | 0x20) == 't' && word[n - 2] is '\'' or '’' && (word[n - 3] | 0x20) == 'n';
        }

        /// <summary>The hashes of the cue words (for <see cref="WordTable"/>).</summary>
        public IEnumerable<uint> Hashes() => _hashes.Where((_, slot) => _words[slot] is not null);

        private static bool EqualsFolded(ReadOnlySpan<char> word, string cue)
        {
            int j = 0;
            foreach (char c in word)
            {
                if (c == '\u00AD') continue;
                if (j >= cue.Length || Fold(c) != cue[j]) return false;
                j++;
            }

            return j == cue.Length;
        }
    }
}

/// <summary>A sparse feature vector: bucket indices and their values, same length.</summary>
internal readonly ref struct FeatureVector
{
    public FeatureVector(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        Indices = indices;
        Values = values;
    }

    /// <summary>The buckets.</summary>
    public ReadOnlySpan<int> Indices { get; }

    /// <summary>Their values.</summary>
    public ReadOnlySpan<float> Values { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Indices.Length;
}
