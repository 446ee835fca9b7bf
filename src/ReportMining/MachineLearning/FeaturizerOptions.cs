namespace ReportMining.MachineLearning;

/// <summary>
/// How <see cref="TextFeaturizer"/> turns a sentence into features, like ML.NET's
/// <c>FeaturizeText</c> options. Stored in every model file, so a model is always read with the
/// featuriser it was trained with.
/// </summary>
internal sealed record FeaturizerOptions
{
    /// <summary>The feature space has 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Longest word n-gram (1 or 2).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Shortest character n-gram; 0 for no character n-grams.</summary>
    public int CharNgramMin { get; init; } = 3;

    /// <summary>Longest character n-gram.</summary>
    public int CharNgramMax { get; init; } = 4;

    /// <summary>How many words after a negation cue ("not", "no", "too", "lack", ...) are marked as negated; 0 for none.</summary>
    public int NegationWindow { get; init; } = 3;

    /// <summary>Whether words after a contrast cue ("but", "although", "however", "while") are marked, with contrast flags.</summary>
    public bool ContrastFeatures { get; init; } = true;

    /// <summary>L2 norm of the word-feature block (word n-grams, negation and contrast features).</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>L2 norm of the character n-gram block.</summary>
    public float CharWeight { get; init; } = 1f;

    /// <summary>L2 norm of the lexicon block (hits of <see cref="ReportLexicon"/>'s categories and what they add up to); 0 for none.</summary>
    public float LexiconWeight { get; init; } = 1f;

    /// <summary>L2 norm of the block of the sentence's mean word vector (<see cref="Vectors"/>); 0 for none.</summary>
    public float EmbeddingWeight { get; init; }

    /// <summary>
    /// True: the word-vector block is the plain mean of the sentence's word vectors times
    /// <see cref="EmbeddingWeight"/> (linear in the words, so a model can score it from per-word
    /// projections); false: that mean scaled to L2 norm <see cref="EmbeddingWeight"/>.
    /// </summary>
    public bool EmbeddingMean { get; init; }

    /// <summary>
    /// Fingerprint of the word lists that features outside this featuriser were built from (0: none
    /// recorded). A model whose features hash word-list memberships records it when trained, so a
    /// reader can refuse the model once the lists have changed instead of scoring with shifted features.
    /// </summary>
    public ulong LexiconFingerprint { get; init; }

    /// <summary>Distributional word vectors learned from unlabelled report text, or null for none.</summary>
    public WordVectors? Vectors { get; init; }

    /// <summary>Number of features: the hashed buckets, then one per word-vector dimension.</summary>
    public int Dimension => (1 << HashBits) + (Vectors?.Dimension ?? 0);

    /// <summary>Throws when the options cannot describe a featuriser.</summary>
    public void Validate()
    {
        if (HashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(HashBits), HashBits, "must be 10..24");
        if (WordNgramLength is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(WordNgramLength), WordNgramLength, "must be 1 or 2");
        if (CharNgramMin != 0 && (CharNgramMin < 1 || CharNgramMax < CharNgramMin || CharNgramMax > 6))
            throw new ArgumentOutOfRangeException(nameof(CharNgramMax), $"character n-grams must satisfy 1 <= min <= max <= 6 (min {CharNgramMin}, max {CharNgramMax})");
        if (NegationWindow is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(NegationWindow), NegationWindow, "must be 0..10");
        if (!(WordWeight >= 0f) || !(CharWeight >= 0f) || !(LexiconWeight >= 0f) || !float.IsFinite(WordWeight) || !float.IsFinite(CharWeight) || !float.IsFinite(LexiconWeight) || !(EmbeddingWeight >= 0f) || !float.IsFinite(EmbeddingWeight))
            throw new ArgumentOutOfRangeException(nameof(WordWeight), "block weights must be finite and >= 0");
    }
}
