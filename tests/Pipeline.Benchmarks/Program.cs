using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/Pipeline.Benchmarks</c> (BenchmarkDotNet arguments pass through).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
