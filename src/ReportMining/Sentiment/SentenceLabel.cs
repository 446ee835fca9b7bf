namespace ReportMining.Sentiment;

/// <summary>What the sentence models say about one sentence.</summary>
/// <param name="Sentiment">Its sentiment.</param>
/// <param name="SentimentConfidence">Probability of that sentiment, in [0, 1].</param>
/// <param name="Area">Its main top-level area (or general).</param>
/// <param name="AreaConfidence">Probability of that area, in [0, 1].</param>
/// <param name="SecondArea">A second top-level area when the sentence clearly judges two.</param>
/// <param name="FineArea">A finer area when one plainly fits.</param>
/// <param name="FineAreaConfidence">Probability of the finer area, in [0, 1].</param>
public readonly record struct SentenceLabel(
    SentimentLabel Sentiment,
    float SentimentConfidence,
    ServiceArea Area,
    float AreaConfidence,
    ServiceArea? SecondArea = null,
    ServiceArea? FineArea = null,
    float FineAreaConfidence = 0f);
