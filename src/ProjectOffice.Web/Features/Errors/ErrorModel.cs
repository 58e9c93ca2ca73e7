namespace ProjectOffice.Web.Features.Errors;

public sealed class ErrorModel
{
    public required int StatusCode { get; init; }
    public required string RequestId { get; init; }

    public string Message => StatusCode switch
    {
        400 => "Запрос не может быть обработан: проверьте введённые данные.",
        403 => "У вас нет прав на это действие.",
        404 => "Страница не найдена.",
        413 => "Файл или запрос слишком велик.",
        503 => "Сервер сейчас занят. Повторите попытку через несколько секунд.",
        _ => "Произошла ошибка на сервере. Мы уже записали её; сообщите администратору номер запроса.",
    };
}
