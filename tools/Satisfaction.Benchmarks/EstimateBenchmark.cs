using Satisfaction.Core.Randomness;
using Satisfaction.Core.Statistics;

namespace Satisfaction.Benchmarks;

/// <summary>
/// "estimate": a stratified design (12 strata, fpc) of N rows, five satisfaction measures (codes 1-8),
/// weighted % satisfied with linearised SE, deff and logit CI overall and by 4 crime groups (25 blocks).
/// Also times building (validating) the design, and the same work with every CI method.
/// </summary>
public sealed class EstimateBenchmark : IBenchmarkCase
{
    private const int Strata = 12;
    private const int Groups = 4;
    private const int MeasureCount = 5;

    /// <inheritdoc />
    public string Name => "estimate";

    /// <inheritdoc />
    public int DefaultRows => 1_000_000;

    /// <inheritdoc />
    public IEnumerable<Measurement> Run(int rows)
    {
        var random = new SeededRandom(20261128);
        var stratum = new int[rows];
        var fpc = new double[rows];
        var group = new int[rows];
        var measures = new double[MeasureCount][];
        var populations = new double[Strata];
        for (var h = 0; h < Strata; h++)
        {
            populations[h] = Math.Ceiling(rows / (double)Strata * (3 + random.NextDouble() * 20));
        }

        for (var m = 0; m < MeasureCount; m++)
        {
            measures[m] = new double[rows];
        }

        for (var i = 0; i < rows; i++)
        {
            var h = i % Strata;
            stratum[i] = h;
            fpc[i] = populations[h];
            group[i] = h % Groups;
            for (var m = 0; m < MeasureCount; m++)
            {
                var u = random.NextDouble();
                measures[m][i] = u < 0.06 ? 8 : 1 + Math.Floor(random.NextDouble() * (u < 0.5 + 0.03 * h ? 3 : 7));
            }
        }

        var design = SurveyDesign.Create(new SurveyDesignInput { Strata = stratum, Fpc = fpc });
        string[] levels = ["burglary", "vehicle", "violent", "hate"];
        var checksum = 0.0;
        void EstimateAll(IReadOnlyList<SurveyCiMethod> methods)
        {
            for (var m = 0; m < MeasureCount; m++)
            {
                var indicator = ProportionEstimator.Indicators(measures[m], MeasureRule.Default);
                foreach (var block in ProportionEstimator.EstimateByGroup(design, "q", indicator, methods, 0.95, "crime_group", group, levels))
                {
                    checksum += block.Se + block.Ci[0].Value.Lower;
                }
            }
        }

        yield return Measure.Time("design", rows, () => SurveyDesign.Create(new SurveyDesignInput { Strata = stratum, Fpc = fpc }));
        yield return Measure.Time("estimate", rows, () => EstimateAll([SurveyCiMethod.Logit]));
        yield return Measure.Time("estimate_all_ci", rows, () => EstimateAll(CiMethodNames.AllSurvey));
        if (double.IsNaN(checksum))
        {
            throw new InvalidOperationException("benchmark produced NaN");
        }
    }
}
