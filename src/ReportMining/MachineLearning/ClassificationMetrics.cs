namespace ReportMining.MachineLearning;

/// <summary>Accuracy, per-class precision/recall/F1 and macro-F1 from a confusion matrix.</summary>
internal sealed class ClassificationMetrics
{
    private readonly int[,] _confusion;

    /// <summary>Creates empty metrics over <paramref name="classes"/>.</summary>
    public ClassificationMetrics(IReadOnlyList<string> classes)
    {
        Classes = classes.ToArray();
        _confusion = new int[Classes.Length, Classes.Length];
    }

    /// <summary>Class names.</summary>
    public string[] Classes { get; }

    /// <summary>Number of predictions counted.</summary>
    public int Count { get; private set; }

    /// <summary>Counts one prediction.</summary>
    public void Add(int gold, int predicted)
    {
        _confusion[gold, predicted]++;
        Count++;
    }

    /// <summary>How often gold class <paramref name="gold"/> was predicted as <paramref name="predicted"/>.</summary>
    public int Confusion(int gold, int predicted) => _confusion[gold, predicted];

    /// <summary>Share of correct predictions.</summary>
    public double Accuracy
    {
        get
        {
            int right = 0;
            for (int c = 0; c < Classes.Length; c++) right += _confusion[c, c];
            return Count == 0 ? 0 : (double)right / Count;
        }
    }

    /// <summary>Gold examples of class <paramref name="c"/>.</summary>
    public int Support(int c)
    {
        int n = 0;
        for (int p = 0; p < Classes.Length; p++) n += _confusion[c, p];
        return n;
    }

    /// <summary>Predictions of class <paramref name="c"/>.</summary>
    public int Predicted(int c)
    {
        int n = 0;
        for (int g = 0; g < Classes.Length; g++) n += _confusion[g, c];
        return n;
    }

    /// <summary>Precision of class <paramref name="c"/> (0 when never predicted).</summary>
    public double Precision(int c) => Predicted(c) == 0 ? 0 : (double)_confusion[c, c] / Predicted(c);

    /// <summary>Recall of class <paramref name="c"/> (0 when absent).</summary>
    public double Recall(int c) => Support(c) == 0 ? 0 : (double)_confusion[c, c] / Support(c);

    /// <summary>F1 of class <paramref name="c"/>.</summary>
    public double F1(int c)
    {
        double p = Precision(c), r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Mean F1 over the classes that occur in the gold labels or the predictions (as scikit-learn's macro average).</summary>
    public double MacroF1
    {
        get
        {
            double sum = 0;
            int n = 0;
            for (int c = 0; c < Classes.Length; c++)
            {
                if (Support(c) == 0 && Predicted(c) == 0) continue;
                sum += F1(c);
                n++;
            }

            return n == 0 ? 0 : sum / n;
        }
    }
}
