namespace ReportMining.MachineLearning;

/// <summary>Hyper-parameters of <see cref="MaxEntTrainer"/>; stored in every model file.</summary>
internal sealed record TrainerOptions
{
    /// <summary>L2 regularisation strength (lambda) on the weights (not the biases), per example.</summary>
    public double L2 { get; init; } = 1e-3;

    /// <summary>Most L-BFGS iterations.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Stops when the relative decrease of the objective over one iteration is below this.</summary>
    public double Tolerance { get; init; } = 1e-7;

    /// <summary>L-BFGS history length.</summary>
    public int Memory { get; init; } = 10;

    /// <summary>
    /// Class weighting: an example of class c weighs (n / (classes * n_c))^power; 0 for unweighted,
    /// 1 for fully balanced.
    /// </summary>
    public double ClassWeightPower { get; init; }

    /// <summary>Seed of everything random around training (the fold assignment); the optimiser itself is deterministic.</summary>
    public int Seed { get; init; } = 20261122;

    /// <summary>Throws when the options cannot train.</summary>
    public void Validate()
    {
        if (!(L2 >= 0) || double.IsInfinity(L2)) throw new ArgumentOutOfRangeException(nameof(L2), L2, "must be finite and >= 0");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "must be >= 1");
        if (Memory is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(Memory), Memory, "must be 1..100");
        if (!(ClassWeightPower >= 0) || ClassWeightPower > 2) throw new ArgumentOutOfRangeException(nameof(ClassWeightPower), ClassWeightPower, "must be 0..2");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "must be >= 0");
    }
}
