using Satisfaction.Core.Benchmarking;

namespace Satisfaction.Core.Tests.Benchmarking;

public sealed class MsgBenchmarkTests
{
    private const string Measure = "whole_experience";
    private static readonly DateOnly PeriodEnd = new(2008, 3, 31);

    /// <summary>
    /// A hand-made peer set: Lancashire 78.6% (interval 76.6-80.6); its MSG: Alpha 85.0 (83.0-87.0) and Bravo
    /// 83.0 (no interval, n = 400); outside it: Charlie 90.0, Delta 78.6 (a tie with Lancashire), Echo 70.0.
    /// </summary>
    private static List<PeerFigure> Small() =>
    [
        Figure("Lancashire", true, 78.6, 900, 76.6, 80.6),
        Figure("Alpha", true, 85.0, 500, 83.0, 87.0),
        Figure("Bravo", true, 83.0, 400),
        Figure("Charlie", false, 90.0, 600, 88.0, 92.0),
        Figure("Delta", false, 78.6, 300, 74.0, 83.2),
        Figure("Echo", false, 70.0, 300),
    ];

    [Fact]
    public void Small_RanksAveragesAndTest_ByHand()
    {
        var result = Assert.Single(MsgBenchmark.Compute(Small(), "Lancashire"));

        Assert.Equal(("Lancashire", Measure, PeriodEnd, 78.6), (result.Force, result.Measure, result.PeriodEnd, result.ForcePct));

        // Ranks: MSG {85.0, 83.0, 78.6} -> 3rd of 3; nationally 90.0, 85.0, 83.0, then 78.6 twice (Lancashire and
        // Delta share 4th), 70.0 -> 4th of 6.
        Assert.Equal((3, 3, 4, 6), (result.RankMsg, result.MsgSize, result.RankNational, result.NationalSize));
        Assert.Equal(("Charlie", 90.0), (result.BestForce, result.BestPct));
        Assert.Equal((78.6, 85.0), (result.MsgMin, result.MsgMax));

        // Averages: mean without the force (85 + 83) / 2 = 84; with it (85 + 83 + 78.6) / 3 = 82.2;
        // pooled without (85 x 500 + 83 x 400) / 900 = 75700 / 900; with (75700 + 78.6 x 900) / 1800 = 146440 / 1800.
        Assert.Equal(84.0, result.MsgAverage!.Value, 10);
        Assert.Equal(84.0, result.MsgMeanWithoutForce!.Value, 10);
        Assert.Equal(82.2, result.MsgMeanWithForce!.Value, 10);
        Assert.Equal(75700 / 900.0, result.MsgPooledWithoutForce!.Value, 10);
        Assert.Equal(146440 / 1800.0, result.MsgPooledWithForce!.Value, 10);
        Assert.Equal("mean of the 2 other MSG forces (each force counts once), excluding Lancashire", result.MsgAverageMethod);

        // SEs: Lancashire (80.6 - 76.6) / (2 x 1.959964) = 1.020427; Alpha the same; Bravo from its base,
        // 100 sqrt(0.83 x 0.17 / 400) = 1.878164; MSG mean SE sqrt(1.020427^2 + 1.878164^2) / 2 = 1.068734.
        // Difference 78.6 - 84 = -5.4; z = -5.4 / sqrt(1.020427^2 + 1.068734^2) = -3.654439;
        // p = 2 Phi(-3.654439) = 0.000257745 (erfc(3.654439 / sqrt 2)).
        Assert.Equal(1.020427, result.ForceSe, 6);
        Assert.Equal(1.068734, result.MsgAverageSe!.Value, 6);
        Assert.Equal(-5.4, result.Difference!.Value, 10);
        Assert.Equal(-3.654439, result.Z!.Value, 6);
        Assert.Equal(0.000257745, result.PValue!.Value, 9);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Small_Pooled_UsesRespondentWeights()
    {
        var result = Assert.Single(MsgBenchmark.Compute(Small(), "Lancashire", options: new BenchmarkOptions { Method = MsgAverageMethod.PooledByRespondents }));

        // Pooled average 75700 / 900 = 84.111111; weights 500/900 and 400/900:
        // SE = sqrt((5/9 x 1.020427)^2 + (4/9 x 1.878164)^2) = 1.009044; difference -5.511111;
        // z = -5.511111 / sqrt(1.020427^2 + 1.009044^2) = -3.840294; p = 0.000122887.
        Assert.Equal(75700 / 900.0, result.MsgAverage!.Value, 10);
        Assert.StartsWith("pooled by respondents over the 2 other MSG forces", result.MsgAverageMethod);
        Assert.Equal(1.009044, result.MsgAverageSe!.Value, 6);
        Assert.Equal(-3.840294, result.Z!.Value, 6);
        Assert.Equal(0.000122887, result.PValue!.Value, 9);
    }

    [Fact]
    public void ForceCloseToTheAverage_NotSignificant()
    {
        var peers = Small();
        peers[0] = Figure("Lancashire", true, 83.5, 900, 81.5, 85.5);

        var result = Assert.Single(MsgBenchmark.Compute(peers, "lancashire"));

        // z = (83.5 - 84) / sqrt(1.020427^2 + 1.068734^2) = -0.338374; p = 0.735081.
        Assert.Equal(0.735081, result.PValue!.Value, 6);
        Assert.False(result.Significant);
        Assert.Equal(2, result.RankMsg);
    }

    [Fact]
    public void ForceWithoutInterval_SeFromItsBase()
    {
        var peers = Small();
        peers[0] = Figure("Lancashire", true, 78.6, 900);

        var result = Assert.Single(MsgBenchmark.Compute(peers, "Lancashire"));

        // 100 sqrt(0.786 x 0.214 / 900) = 1.367089.
        Assert.Equal(1.367089, result.ForceSe, 6);
    }

    [Fact]
    public void Ties_ShareARank_StandardCompetition1224()
    {
        List<PeerFigure> peers =
        [
            Figure("Top", true, 85.0, 500),
            Figure("Lancashire", true, 80.0, 500),
            Figure("Twin", true, 80.0, 500),
            Figure("Next", true, 79.0, 500),
            Figure("Top Too", false, 85.0, 500),
        ];

        var lancashire = Assert.Single(MsgBenchmark.Compute(peers, "Lancashire"));
        var next = Assert.Single(MsgBenchmark.Compute(peers, "Next"));

        Assert.Equal((2, 3), (lancashire.RankMsg, lancashire.RankNational));
        Assert.Equal((4, 5), (next.RankMsg, next.RankNational));
        Assert.Equal("Top, Top Too", lancashire.BestForce);
        Assert.Equal(85.0, lancashire.BestPct);
    }

    [Fact]
    public void ForceMissing_ClearError()
    {
        var error = Assert.Throws<InvalidInputException>(() => MsgBenchmark.Compute(Small(), "Cumbria"));

        Assert.Equal(
            "force 'Cumbria' has no figure for measure 'whole_experience', period ending 2008-03-31 (6 forces there: Alpha, Bravo, Charlie, Delta, Echo, Lancashire)",
            error.Message);
    }

    [Fact]
    public void ForceMissing_SuggestsACloseName()
    {
        var error = Assert.Throws<InvalidInputException>(() => MsgBenchmark.Compute(Small(), "Lancashire Constabulary"));

        Assert.EndsWith("did you mean 'Lancashire'?", error.Message);
    }

    [Fact]
    public void ForceMissingForOneMeasure_ClearError()
    {
        var peers = Small().Append(Figure("Alpha", true, 70, 100) with { Measure = "ease_of_contact" }).ToList();

        var error = Assert.Throws<InvalidInputException>(() => MsgBenchmark.Compute(peers, "Lancashire"));

        Assert.StartsWith("force 'Lancashire' has no figure for measure 'ease_of_contact'", error.Message);
    }

    [Fact]
    public void ForceTwice_Refused()
    {
        var peers = Small().Append(Figure("LANCASHIRE", true, 79.0, 100)).ToList();

        var error = Assert.Throws<InvalidInputException>(() => MsgBenchmark.Compute(peers, "Lancashire"));

        Assert.Contains("appears 2 times", error.Message);
    }

    [Fact]
    public void OwnFigure_ReplacesThePeerFilesRow()
    {
        var result = Assert.Single(MsgBenchmark.Compute(Small(), "Lancashire", own: [Figure("Lancashire", false, 86.0, 900, 84.0, 88.0)]));

        Assert.Equal(86.0, result.ForcePct);
        Assert.Equal(1, result.RankMsg);
        Assert.Equal(3, result.MsgSize);
        Assert.Equal(2, result.RankNational);
        Assert.Equal(86.0, result.MsgMax);
    }

    [Fact]
    public void NoOtherMsgForce_NoAverageNoTest_NeverNaN()
    {
        List<PeerFigure> peers = [Figure("Lancashire", true, 78.6, 900), Figure("Elsewhere", false, 80.0, 500)];

        var result = Assert.Single(MsgBenchmark.Compute(peers, "Lancashire"));

        Assert.Equal(1, result.MsgSize);
        Assert.Null(result.MsgAverage);
        Assert.Null(result.Difference);
        Assert.Null(result.PValue);
        Assert.Null(result.Significant);
        Assert.Equal(78.6, result.MsgMeanWithForce);
        Assert.StartsWith("no MSG average", result.MsgAverageMethod);
    }

    [Fact]
    public void SeveralMeasuresAndPeriods_OneResultEach_InOrder()
    {
        var peers = Small()
            .Concat(Small().Select(f => f with { Measure = "treatment", SatisfiedPct = Math.Min(100, f.SatisfiedPct + 1), CiLow = null, CiHigh = null }))
            .Concat(Small().Select(f => f with { PeriodEnd = new DateOnly(2007, 3, 31) }))
            .ToList();

        var results = MsgBenchmark.Compute(peers, "Lancashire");

        Assert.Equal(
            [(Measure, new DateOnly(2007, 3, 31)), (Measure, PeriodEnd), ("treatment", PeriodEnd)],
            results.Select(r => (r.Measure, r.PeriodEnd)));
    }

    [Fact]
    public void BadFigure_Refused()
    {
        var peers = Small();
        peers[1] = peers[1] with { CiLow = 86.0 };

        var error = Assert.Throws<InvalidInputException>(() => MsgBenchmark.Compute(peers, "Lancashire"));

        Assert.Equal("Alpha, whole_experience, 2008-03-31: the interval [86, 87] must lie within 0-100 and contain satisfied_pct 85", error.Message);
    }

    /// <summary>
    /// The originating report's whole-experience table, rebuilt: 43 forces of England and Wales, the force
    /// (Lancashire) at 78.6%, 8th of 8 in its MSG and 39th of 43, the best force Northumbria at 90.8%. The other
    /// forces' figures and the MSG membership are invented to fit those facts (38 forces above 78.6%, 4 below,
    /// the 7 MSG peers all above); Thames Valley and Hampshire tie at 84.0.
    /// </summary>
    [Fact]
    public void OriginatingReportTable_Lancashire8thOf8And39thOf43()
    {
        string[] msgPeers = ["Cheshire", "Staffordshire", "Derbyshire", "Nottinghamshire", "Humberside", "South Yorkshire", "Cleveland"];
        var table = new (string Force, double Pct)[]
        {
            ("Northumbria", 90.8), ("Dyfed-Powys", 89.9), ("North Wales", 89.5), ("Durham", 89.1), ("Wiltshire", 88.7),
            ("Cumbria", 88.4), ("Dorset", 88.0), ("Suffolk", 87.6), ("Norfolk", 87.3), ("North Yorkshire", 87.0),
            ("Devon and Cornwall", 86.8), ("Gwent", 86.5), ("West Mercia", 86.2), ("Lincolnshire", 85.9), ("Warwickshire", 85.6),
            ("Gloucestershire", 85.3), ("Surrey", 85.0), ("Hertfordshire", 84.8), ("Cambridgeshire", 84.5), ("Sussex", 84.2),
            ("Thames Valley", 84.0), ("Hampshire", 84.0), ("Avon and Somerset", 83.6), ("Essex", 83.3), ("Kent", 83.0),
            ("Leicestershire", 82.7), ("South Wales", 82.4), ("Merseyside", 82.1), ("West Yorkshire", 81.8), ("West Midlands", 81.5),
            ("Greater Manchester", 80.9),
            ("Cheshire", 84.3), ("Staffordshire", 83.1), ("Derbyshire", 82.2), ("Nottinghamshire", 80.4), ("Humberside", 80.0),
            ("South Yorkshire", 79.5), ("Cleveland", 79.0),
            ("Lancashire", 78.6),
            ("Northamptonshire", 78.0), ("City of London", 77.9), ("Bedfordshire", 76.5), ("Metropolitan", 75.2),
        };
        Assert.Equal(43, table.Select(t => t.Force).Distinct().Count());
        var peers = table
            .Select(t => Figure(t.Force, msgPeers.Contains(t.Force) || t.Force == "Lancashire", t.Pct, t.Force == "Lancashire" ? 1100 : 1200))
            .ToList();

        var result = Assert.Single(MsgBenchmark.Compute(peers, "Lancashire"));

        Assert.Equal((8, 8), (result.RankMsg, result.MsgSize));
        Assert.Equal((39, 43), (result.RankNational, result.NationalSize));
        Assert.Equal(("Northumbria", 90.8), (result.BestForce, result.BestPct));
        Assert.Equal((78.6, 84.3), (result.MsgMin, result.MsgMax));

        // MSG mean without Lancashire: (84.3 + 83.1 + 82.2 + 80.4 + 80.0 + 79.5 + 79.0) / 7 = 568.5 / 7 = 81.214286.
        // SEs from the bases (no intervals): Lancashire 100 sqrt(0.786 x 0.214 / 1100) = 1.236579; the MSG mean's
        // sqrt(sum of 100^2 p_i(1 - p_i) / 1200) / 7 = 0.425698; z = (78.6 - 81.214286) / sqrt(1.236579^2 + 0.425698^2)
        // = -1.998992; p = 0.0456092: significantly below its MSG at the 95% level.
        Assert.Equal(568.5 / 7, result.MsgAverage!.Value, 10);
        Assert.Equal(78.6 - (568.5 / 7), result.Difference!.Value, 10);
        Assert.Equal(-1.998992, result.Z!.Value, 6);
        Assert.Equal(0.0456092, result.PValue!.Value, 7);
        Assert.True(result.Significant);
    }

    private static PeerFigure Figure(string force, bool inMsg, double pct, int n, double? low = null, double? high = null) =>
        new(force, inMsg, Measure, PeriodEnd, n, pct, low, high);
}
