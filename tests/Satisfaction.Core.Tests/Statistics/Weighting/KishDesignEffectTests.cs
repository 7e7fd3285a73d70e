using Satisfaction.Core.Statistics.Weighting;

namespace Satisfaction.Core.Tests.Statistics.Weighting;

public sealed class KishDesignEffectTests
{
    private static readonly RefDataset Rdd = RefDataset.Rdd;

    [Fact]
    public void EffectiveSampleSize_BaseRakedTrimmed_MatchR()
    {
        var raked = Raking.Rake(Rdd.BaseWeights, Rdd.Margins).Weights;
        var upper = 5 * raked.Average();
        var trimmed = Trimming.Trim(raked, new TrimmingOptions { Upper = upper }).Weights;
        var strict = Trimming.Trim(raked, new TrimmingOptions { Upper = upper, Strict = true }).Weights;

        RefDataset.AssertRelative(Rdd.At("kish_n_eff.base").GetDouble(), KishDesignEffect.EffectiveSampleSize(Rdd.BaseWeights), 1e-9, "base");
        RefDataset.AssertRelative(Rdd.At("kish_n_eff.raked").GetDouble(), KishDesignEffect.EffectiveSampleSize(raked), 1e-9, "raked");
        RefDataset.AssertRelative(Rdd.At("kish_n_eff.trimmed").GetDouble(), KishDesignEffect.EffectiveSampleSize(trimmed), 1e-9, "trimmed");
        RefDataset.AssertRelative(Rdd.At("kish_n_eff.trimmed_strict").GetDouble(), KishDesignEffect.EffectiveSampleSize(strict), 1e-9, "strict");
    }

    [Fact]
    public void EffectiveSampleSize_CalibrationVariants_MatchR()
    {
        var cal = RefDataset.Calibration;
        var linear = Calibration.Calibrate(cal.BaseWeights, cal.Margins).Weights;
        RefDataset.AssertRelative(cal.At("results.linear.weights_summary.kish_n_eff").GetDouble(), KishDesignEffect.EffectiveSampleSize(linear), 1e-9, "linear");
    }

    [Fact]
    public void DesignEffect_EqualWeights_IsOneAndNEffIsN()
    {
        double[] w = [2, 2, 2, 2, 0];

        Assert.Equal(4, KishDesignEffect.EffectiveSampleSize(w), 12);
        Assert.Equal(1, KishDesignEffect.DesignEffect(w), 12);
    }

    [Fact]
    public void DesignEffect_UnequalWeights_IsOnePlusCvSquared()
    {
        double[] w = [1, 3];

        // mean 2, population variance 1, CV^2 = 1/4.
        Assert.Equal(1.25, KishDesignEffect.DesignEffect(w), 12);
        Assert.Equal(1.6, KishDesignEffect.EffectiveSampleSize(w), 12);
    }
}
