using BenchmarkDotNet.Running;

namespace ReportMining.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["cpu"]) { ClassifyBenchmarks.CpuTime(); return; }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
