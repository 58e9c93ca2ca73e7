using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Forms.Annexes;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Passport;
using ProjectOffice.Forms.ControlEvents;
using ProjectOffice.Forms.Gantt;
using ProjectOffice.Forms.Indicators;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Forms.Practices;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Forms.Risks;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms;

public static class PrintedFormsSetup
{
    /// <summary>The printing engine (one shared Chromium, disposed with the application) and every printed form.</summary>
    public static IServiceCollection AddPrintedForms(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PrintingOptions>(config.GetSection(PrintingOptions.Section));
        // The office's risk matrix (RiskMatrix section); the common 5×5 bands when not configured.
        services.AddOptions<RiskMatrix>().Bind(config.GetSection(RiskMatrix.Section))
            .Validate(m => m.Problem() is null, "RiskMatrix: thresholds must increase within the scale").ValidateOnStart();
        services.AddSingleton<ChromiumPrinter>();
        services.AddScoped<FormRenderer>();
        // In the order of the paper (lists of forms show them so): passport, its plans, budget, annexes.
        services.AddScoped<IPrintedForm, PassportPrintedForm>();
        services.AddScoped<IPrintedForm, PlanPrintedForm>();
        services.AddScoped<IPrintedForm, ControlEventsPrintedForm>();
        services.AddScoped<IPrintedForm, GanttPrintedForm>();
        services.AddScoped<IPrintedForm, BudgetPrintedForm>();
        services.AddScoped<IPrintedForm, IndicatorsPrintedForm>();
        services.AddScoped<IPrintedForm, AnnexesPrintedForm>();
        services.AddScoped<IPrintedForm, RiskRegisterPrintedForm>();
        services.AddScoped<PracticePassportForm>();
        services.Configure<ReportingOptions>(config.GetSection(ReportingOptions.Section));
        services.AddScoped<ReportPrinting>();
        return services;
    }
}
